<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BanquetFireButton</name>
    <message>
        <source>Fire a course for many tables…</source>
        <translation>Einen Gang für viele Tische abrufen…</translation>
    </message>
</context>
<context>
    <name>BanquetFireDialog</name>
    <message>
        <source>Fire a course for many tables</source>
        <translation>Einen Gang für viele Tische abrufen</translation>
    </message>
    <message>
        <source>Banquet: send one course to the kitchen</source>
        <translation>Bankett: einen Gang an die Küche senden</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tische</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>Keine Tische</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send course %1 to the kitchen: %2 on %3?</source>
        <translation>Gang %1 an die Küche senden: %2 an %3?</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tischen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fire course %1</source>
        <translation>Gang %1 abrufen</translation>
    </message>
    <message>
        <source>Counting the lines of course %1…</source>
        <translation>Die Positionen von Gang %1 werden gezählt…</translation>
    </message>
    <message>
        <source>Nothing of course %1 waits on the picked tables.</source>
        <translation>Auf den gewählten Tischen wartet nichts von Gang %1.</translation>
    </message>
    <message>
        <source>Ready: %1 on %2.</source>
        <translation>Bereit: %1 an %2.</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>BanquetFireFlow</name>
    <message>
        <source>Course %1 is in the kitchen: %2 on %3.</source>
        <translation>Gang %1 ist in der Küche: %2 an %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tischen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was fired: %1</source>
        <translation>Nichts wurde abgerufen: %1</translation>
    </message>
</context>
<context>
    <name>BanquetTablesModel</name>
    <message>
        <source>nothing waits</source>
        <translation>nichts wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Not yet in the kitchen</source>
        <translation>Noch nicht in der Küche</translation>
    </message>
</context>
<context>
    <name>BillFlow</name>
    <message>
        <source>Cannot show the bill: %1</source>
        <translation>Die Rechnung kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The order changed after this bill was shown; here is the bill as it stands now. Check it with the guest.</source>
        <translation>Die Bestellung hat sich geändert, nachdem diese Rechnung angezeigt wurde; hier ist die Rechnung, wie sie jetzt ist. Prüfen Sie sie mit dem Gast.</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The printer did not take the bill. Check it and try again.</source>
        <translation>Der Drucker hat die Rechnung nicht angenommen. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Save the bill as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>Shared total</source>
        <translation>Summe gemeinsam</translation>
    </message>
    <message>
        <source>Seat %1 total</source>
        <translation>Summe Platz %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>BillPrintout</name>
    <message>
        <source>Bill — %1</source>
        <translation>Rechnung — %1</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 each)</source>
        <translation>%1 × %2 (je %3)</translation>
    </message>
</context>
<context>
    <name>BillView</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Has the guest paid %1? The table&apos;s order is closed and the table is free again.</source>
        <translation>Hat der Gast %1 bezahlt? Die Bestellung des Tisches wird abgeschlossen und der Tisch ist wieder frei.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Bill — %1</source>
        <translation>Rechnung — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Back to the order</source>
        <translation>Zurück zur Bestellung</translation>
    </message>
</context>
<context>
    <name>CertificateConfirmation</name>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Zertifikat des Servers bestätigen</translation>
    </message>
    <message>
        <source>This tablet has not met this server before. A manager should compare this SHA-256 fingerprint with the one tablesyncd printed:

%1

Trust this server?</source>
        <translation>Dieses Tablet kennt diesen Server noch nicht. Eine Führungskraft sollte diesen SHA-256-Fingerabdruck mit dem vergleichen, den tablesyncd ausgegeben hat:

%1

Diesem Server vertrauen?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 changed — check before sending</source>
        <translation>%1 wurde geändert – vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>Someone else sent to %1 first</source>
        <translation>Jemand anderes hat zuerst an %1 gesendet</translation>
    </message>
    <message>
        <source>&lt;b&gt;+&lt;/b&gt; you add &amp;nbsp;·&amp;nbsp; &lt;b&gt;−&lt;/b&gt; &lt;s&gt;you remove&lt;/s&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;~&lt;/b&gt; you change &amp;nbsp;·&amp;nbsp; “added by …”: another waiter &amp;nbsp;·&amp;nbsp; &lt;b&gt;!&lt;/b&gt; choose</source>
        <translation>&lt;b&gt;+&lt;/b&gt; Sie fügen hinzu &amp;nbsp;·&amp;nbsp; &lt;b&gt;−&lt;/b&gt; &lt;s&gt;Sie entfernen&lt;/s&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;~&lt;/b&gt; Sie ändern &amp;nbsp;·&amp;nbsp; „hinzugefügt von …“: andere Bedienung &amp;nbsp;·&amp;nbsp; &lt;b&gt;!&lt;/b&gt; bitte wählen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Cancel — keep my draft unsent</source>
        <translation>Abbrechen – Entwurf behalten, nicht senden</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Bestätigen und senden</translation>
    </message>
    <message>
        <source>Conflict %1 of %2</source>
        <translation>Konflikt %1 von %2</translation>
    </message>
    <message>
        <source>All conflicts answered</source>
        <translation>Alle Konflikte entschieden</translation>
    </message>
    <message>
        <source>Tap a row marked “!” to change an answer.</source>
        <translation>Tippen Sie auf eine Zeile mit „!“, um eine Antwort zu ändern.</translation>
    </message>
    <message>
        <source>You add: %1 · you remove: %2 · you change: %3. Kept from others: %4.</source>
        <translation>Sie fügen hinzu: %1 · Sie entfernen: %2 · Sie ändern: %3. Von anderen übernommen: %4.</translation>
    </message>
    <message>
        <source>To answer: %1.</source>
        <translation>Noch zu entscheiden: %1.</translation>
    </message>
    <message>
        <source>%1: you changed it to %2; %3 changed it to %4.</source>
        <translation>%1: Sie haben auf %2 geändert, %3 auf %4.</translation>
    </message>
    <message>
        <source>%1: you removed it; %2 changed it to %3. Keep mine removes it, keep theirs keeps their version.</source>
        <translation>%1: Sie haben es entfernt, %2 hat es auf %3 geändert. „Meine behalten“ entfernt es, „Andere behalten“ lässt die andere Version stehen.</translation>
    </message>
    <message>
        <source>%1: you changed it to %2; %3 removed it. Keep mine puts it back with your change, keep theirs leaves it removed.</source>
        <translation>%1: Sie haben auf %2 geändert, %3 hat es entfernt. „Meine behalten“ stellt es mit Ihrer Änderung wieder her, „Andere behalten“ lässt es entfernt.</translation>
    </message>
    <message>
        <source>%1 was added twice: yours is %2, the order has %3.</source>
        <translation>%1 wurde doppelt hinzugefügt: Ihres ist %2, in der Bestellung steht %3.</translation>
    </message>
    <message>
        <source>qty %1, seat %2</source>
        <translation>Menge %1, Platz %2</translation>
    </message>
    <message>
        <source>, note “%1”</source>
        <translation>, Notiz „%1“</translation>
    </message>
    <message>
        <source>Understood — leave it as fired</source>
        <translation>Verstanden — so lassen, wie abgerufen</translation>
    </message>
    <message>
        <source>%1: you changed it to %2, but it went to the kitchen at %3 and can no longer change. To change it, void it and add a new line.</source>
        <translation>%1: Sie haben es auf %2 geändert, aber es ging um %3 in die Küche und kann sich nicht mehr ändern. Um es zu ändern, stornieren Sie es und fügen eine neue Position hinzu.</translation>
    </message>
    <message>
        <source>, course %1</source>
        <translation>, Gang %1</translation>
    </message>
    <message>
        <source>Not sent: a void needs a manager&apos;s approval. Ask a manager, or keep the line.</source>
        <translation>Nicht gesendet: Eine Stornierung braucht die Freigabe eines Managers. Fragen Sie einen Manager oder behalten Sie die Position.</translation>
    </message>
    <message>
        <source>Keep it on the order</source>
        <translation>Auf der Bestellung lassen</translation>
    </message>
    <message>
        <source>Void it…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>%1: you void it (%2). A manager approves the void when you send.</source>
        <translation>%1: Sie stornieren es (%2). Ein Manager gibt die Stornierung beim Senden frei.</translation>
    </message>
    <message>
        <source>%1: you removed it, but it went to the kitchen at %2. Keep it on the order, or void it with a reason and a manager&apos;s approval.</source>
        <translation>%1: Sie haben es entfernt, aber es ging um %2 in die Küche. Lassen Sie es auf der Bestellung oder stornieren Sie es mit einem Grund und der Freigabe eines Managers.</translation>
    </message>
</context>
<context>
    <name>ConflictRowsModel</name>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>on the order (%1)</source>
        <translation>in der Bestellung (%1)</translation>
    </message>
    <message>
        <source>you add</source>
        <translation>Sie fügen hinzu</translation>
    </message>
    <message>
        <source>you remove</source>
        <translation>Sie entfernen</translation>
    </message>
    <message>
        <source>you change</source>
        <translation>Sie ändern</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>hinzugefügt von %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>geändert von %1</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>entfernt von %1</translation>
    </message>
    <message>
        <source>conflict with %1: choose</source>
        <translation>Konflikt mit %1: bitte wählen</translation>
    </message>
    <message>
        <source>conflict: keeping yours</source>
        <translation>Konflikt: Ihre Version bleibt</translation>
    </message>
    <message>
        <source>conflict: keeping %1&apos;s</source>
        <translation>Konflikt: Version von %1 bleibt</translation>
    </message>
    <message>
        <source>another waiter</source>
        <translation>eine andere Bedienung</translation>
    </message>
    <message>
        <source>in the kitchen since %1 (sent by %2)</source>
        <translation>seit %1 in der Küche (gesendet von %2)</translation>
    </message>
    <message>
        <source>not possible: in the kitchen since %1 — a void takes it off</source>
        <translation>nicht möglich: seit %1 in der Küche — nur ein Storno nimmt es zurück</translation>
    </message>
    <message>
        <source>stays as the kitchen has it</source>
        <translation>bleibt, wie die Küche es hat</translation>
    </message>
    <message>
        <source>void: %1 (a manager approves)</source>
        <translation>Storno: %1 (ein Manager gibt frei)</translation>
    </message>
    <message>
        <source>in the kitchen since %1: keep it or void it</source>
        <translation>seit %1 in der Küche: behalten oder stornieren</translation>
    </message>
    <message>
        <source>changed by another waiter</source>
        <translation>geändert von einer anderen Bedienung</translation>
    </message>
    <message>
        <source>removed by another waiter</source>
        <translation>entfernt von einer anderen Bedienung</translation>
    </message>
    <message>
        <source>conflict with another waiter: choose</source>
        <translation>Konflikt mit einer anderen Bedienung: bitte wählen</translation>
    </message>
    <message>
        <source>conflict: keeping the other waiter&apos;s</source>
        <translation>Konflikt: Version der anderen Bedienung bleibt</translation>
    </message>
</context>
<context>
    <name>CourseChips</name>
    <message>
        <source>Course</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Gang %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoVenueLaunch</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo needs the venue server tablesyncd, which is not installed next to this app (%1). Install the tablesyncd package, or build it, then start the demo again.</source>
        <translation>Die Demo braucht den Betriebsserver tablesyncd, der nicht neben dieser App installiert ist (%1). Installieren Sie das Paket tablesyncd oder bauen Sie es, und starten Sie die Demo dann erneut.</translation>
    </message>
    <message>
        <source>TableSync demo</source>
        <translation>TableSync-Demo</translation>
    </message>
    <message>
        <source>Starting the demo venue server…</source>
        <translation>Demo-Server wird gestartet …</translation>
    </message>
    <message>
        <source>The demo venue server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo venue server stopped before it was ready: %1</source>
        <translation>Der Demo-Server hat sich beendet, bevor er bereit war: %1</translation>
    </message>
    <message>
        <source>The demo venue server did not get ready in time.</source>
        <translation>Der Demo-Server ist nicht rechtzeitig bereit geworden.</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExport</name>
    <message>
        <source>history-venue.csv</source>
        <translation>verlauf-betrieb.csv</translation>
    </message>
    <message>
        <source>history-%1.csv</source>
        <translation>verlauf-%1.csv</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>Ereignisse anzeigen für</translation>
    </message>
    <message>
        <source>Show events of the kind</source>
        <translation>Ereignisse dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All waiters</source>
        <translation>Alle Bedienungen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1&apos;s write was refused: it was based on version %2, but the order was already at version %3. Nothing was lost; the write was merged and sent again or cancelled.</source>
        <translation>Das Senden von %1 wurde abgelehnt: Es beruhte auf Version %2, die Bestellung war aber schon bei Version %3. Nichts ging verloren; die Änderung wurde zusammengeführt und erneut gesendet oder abgebrochen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Qty before</source>
        <translation>Menge vorher</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>⚠ Conflict</source>
        <translation>⚠ Konflikt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>An die Küche</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Order closed</source>
        <translation>Bestellung abgeschlossen</translation>
    </message>
    <message>
        <source>Refused: based on v%1</source>
        <translation>Abgelehnt: beruhte auf v%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Quantity %1, before %2</source>
        <translation>Menge %1, vorher %2</translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Order %1, version %2</source>
        <translation>Bestellung %1, Version %2</translation>
    </message>
    <message>
        <source>kitchen ticket %1</source>
        <translation>Küchenbon %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>void ticket %1</source>
        <translation>Stornobon %1</translation>
    </message>
    <message>
        <source>guest changed their mind</source>
        <translation>Gast hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>falscher Artikel</translation>
    </message>
    <message>
        <source>kitchen error</source>
        <translation>Küchenfehler</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Dieser Tisch</translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation>Ganzer Betrieb</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Totals per waiter on this order</source>
        <translation>Summen je Bedienung in dieser Bestellung</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>History of the whole venue, newest first</source>
        <translation>Verlauf des ganzen Betriebs, neueste zuerst</translation>
    </message>
    <message>
        <source>Open a table to see its history.</source>
        <translation>Öffnen Sie einen Tisch, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Hier ist noch nichts passiert.</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Ereignisse passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Tap an event to see all of it here.</source>
        <translation>Tippen Sie auf ein Ereignis, um es hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Load earlier</source>
        <translation>Frühere laden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
</context>
<context>
    <name>HistoryStatusLine</name>
    <message>
        <source>Only managers can see the whole venue&apos;s history.</source>
        <translation>Nur die Leitung kann den Verlauf des ganzen Betriebs sehen.</translation>
    </message>
    <message>
        <source>Cannot reach the server. The history shows what was read last; it catches up by itself.</source>
        <translation>Server nicht erreichbar. Der Verlauf zeigt den zuletzt gelesenen Stand und holt von selbst auf.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown (filtered)</source>
        <translation>
            <numerusform>%1 von %n Ereignis angezeigt (gefiltert)</numerusform>
            <numerusform>%1 von %n Ereignissen angezeigt (gefiltert)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message>
        <source>Could not read the tickets: %1</source>
        <translation>Die Bons konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was not bumped: %2</source>
        <translation>Bon %1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Sold out was not saved: %1</source>
        <translation>„Ausverkauft“ wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets not printed. %1</source>
        <translation>
            <numerusform>%n Bon nicht gedruckt. %1</numerusform>
            <numerusform>%n Bons nicht gedruckt. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenView</name>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Kitchen — %1</source>
        <translation>Küche — %1</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <source>Sold out…</source>
        <translation>Ausverkauft…</translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation>Drucker…</translation>
    </message>
    <message numerus="yes">
        <source>Bumped (%n)</source>
        <translation>
            <numerusform>Erledigt (%n)</numerusform>
            <numerusform>Erledigt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>No open tickets. New ones appear here by themselves.</source>
        <translation>Keine offenen Bons. Neue erscheinen hier von selbst.</translation>
    </message>
    <message>
        <source>Bumped tickets</source>
        <translation>Erledigte Bons</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Nachdrucken</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Tap a line to change it</source>
        <translation>Tippen Sie auf eine Zeile, um sie zu ändern</translation>
    </message>
    <message>
        <source>%1 is removed in your draft</source>
        <translation>%1 ist in Ihrem Entwurf entfernt</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <source>Previous seat</source>
        <translation>Vorheriger Platz</translation>
    </message>
    <message>
        <source>Next seat</source>
        <translation>Nächster Platz</translation>
    </message>
    <message>
        <source>Note, e.g. no onions</source>
        <translation>Notiz, z. B. ohne Zwiebeln</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>%1: in the kitchen since %2 — it cannot change; void it instead.</source>
        <translation>%1: seit %2 in der Küche — nur noch Storno.</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Stornieren…</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>TableSync</source>
        <translation>TableSync</translation>
    </message>
    <message>
        <source>Sign in to take orders</source>
        <translation>Melden Sie sich an, um Bestellungen aufzunehmen</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>e.g. ayse</source>
        <translation>z. B. ayse</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Change server…</source>
        <translation>Server ändern…</translation>
    </message>
    <message>
        <source>Type your staff id first.</source>
        <translation>Geben Sie zuerst Ihre Mitarbeiter-ID ein.</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad.</source>
        <translation>Geben Sie Ihre PIN auf dem Ziffernblock ein.</translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation>Tippen Sie auf Ihren Namen</translation>
    </message>
    <message>
        <source>Or type your staff id</source>
        <translation>Oder Mitarbeiter-ID eingeben</translation>
    </message>
    <message>
        <source>Tap your name or type your staff id first.</source>
        <translation>Tippen Sie zuerst auf Ihren Namen oder geben Sie Ihre Mitarbeiter-ID ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TableSync — %1</source>
        <translation>TableSync – %1</translation>
    </message>
    <message>
        <source>TableSync</source>
        <translation>TableSync</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Freigabe durch die Leitung</translation>
    </message>
    <message>
        <source>A manager approves this void with their PIN.</source>
        <translation>Eine Führungskraft gibt diese Stornierung mit ihrer PIN frei.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (sold out)</source>
        <translation>%1 (ausverkauft)</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <translation>%1 ist ausverkauft</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — %n sends waiting</source>
        <translation>
            <numerusform>Offline – %n Bestellung wartet auf Versand</numerusform>
            <numerusform>Offline – %n Bestellungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this tablet</source>
        <translation>Offline – Änderungen bleiben auf diesem Tablet</translation>
    </message>
    <message numerus="yes">
        <source>Back online — sending %n waiting sends…</source>
        <translation>
            <numerusform>Wieder online – %n wartende Bestellung wird gesendet…</numerusform>
            <numerusform>Wieder online – %n wartende Bestellungen werden gesendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFlow</name>
    <message>
        <source>No connection. Saved on this tablet; it is sent by itself when the server is back.</source>
        <translation>Keine Verbindung. Auf diesem Tablet gespeichert; wird automatisch gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Your changes were discarded.</source>
        <translation>Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Not sent. Your changes are kept on this tablet.</source>
        <translation>Nicht gesendet. Ihre Änderungen bleiben auf diesem Tablet.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 is in the kitchen (%n lines).</source>
        <translation>
            <numerusform>Gang %1 ist in der Küche (%n Position).</numerusform>
            <numerusform>Gang %1 ist in der Küche (%n Positionen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Neu</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Entfernen</translation>
    </message>
    <message>
        <source>~ Change</source>
        <translation>~ Ändern</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>On the order</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>In the kitchen since %1</source>
        <translation>Seit %1 in der Küche</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>‹ Tables</source>
        <translation>‹ Tische</translation>
    </message>
    <message>
        <source>On the order (confirmed)</source>
        <translation>In der Bestellung (bestätigt)</translation>
    </message>
    <message>
        <source>Nothing waiting. Tap a menu item to add it.</source>
        <translation>Nichts offen. Tippen Sie auf einen Artikel, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Previous seat</source>
        <translation>Vorheriger Platz</translation>
    </message>
    <message>
        <source>Next seat</source>
        <translation>Nächster Platz</translation>
    </message>
    <message>
        <source>Add for</source>
        <translation>Hinzufügen für</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>ganzen Tisch</translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet (%n changes)</source>
        <translation>
            <numerusform>Noch nicht gesendet (%n Änderung)</numerusform>
            <numerusform>Noch nicht gesendet (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Someone else changed this order — your send will show what changed.</source>
        <translation>⚠ Jemand anderes hat diese Bestellung geändert – beim Senden sehen Sie, was sich geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>Fire course %1 (%n lines)</source>
        <translation>
            <numerusform>Gang %1 abrufen (%n Position)</numerusform>
            <numerusform>Gang %1 abrufen (%n Positionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Rechnung</translation>
    </message>
</context>
<context>
    <name>OrderVoidsAndBill</name>
    <message>
        <source>A void waiting on this tablet needs a manager&apos;s approval again: the first one expired.</source>
        <translation>Eine auf diesem Tablet wartende Stornierung braucht erneut eine Freigabe: die erste ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1× %2 (shared)</source>
        <translation>%1× %2 (gemeinsam)</translation>
    </message>
    <message>
        <source>%1× %2, seat %3</source>
        <translation>%1× %2, Platz %3</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>The printer “%1” was not found.</source>
        <translation>Der Drucker „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>The printer “%1” did not take the ticket.</source>
        <translation>Der Drucker „%1“ hat den Bon nicht angenommen.</translation>
    </message>
    <message>
        <source>Ticket %1 printed, but this tablet could not note it; it may print again after a restart.</source>
        <translation>Bon %1 wurde gedruckt, aber dieses Tablet konnte es sich nicht merken; nach einem Neustart wird er eventuell noch einmal gedruckt.</translation>
    </message>
</context>
<context>
    <name>SellOutLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>Available again</source>
        <translation>Wieder verfügbar</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
</context>
<context>
    <name>SellOutLogView</name>
    <message>
        <source>Sold out tonight</source>
        <translation>Heute ausverkauft</translation>
    </message>
</context>
<context>
    <name>SendResultLine</name>
    <message numerus="yes">
        <source>Sent. The order now has %n lines.</source>
        <translation>
            <numerusform>Gesendet. Die Bestellung hat jetzt %n Position.</numerusform>
            <numerusform>Gesendet. Die Bestellung hat jetzt %n Positionen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>Venue server</source>
        <translation>Server des Betriebs</translation>
    </message>
    <message>
        <source>Address of the venue&apos;s TableSync server:</source>
        <translation>Adresse des TableSync-Servers im Betrieb:</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Try e.g. http://10.0.0.5:8080</source>
        <translation>„%1“ ist keine Serveradresse. Zum Beispiel: http://10.0.0.5:8080</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The demo runs its own server; it cannot be changed.</source>
        <translation>Die Demo hat ihren eigenen Server; er kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>SoldOutDialog</name>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Tick what has run out; waiters can no longer add it.</source>
        <translation>Haken Sie an, was aus ist; die Kellner können es dann nicht mehr hinzufügen.</translation>
    </message>
</context>
<context>
    <name>SoldOutModel</name>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (wird gespeichert…)</translation>
    </message>
    <message>
        <source>Tick when sold out</source>
        <translation>Anhaken, wenn ausverkauft</translation>
    </message>
    <message>
        <source>Sold out; untick when back</source>
        <translation>Ausverkauft; Haken entfernen, wenn wieder da</translation>
    </message>
</context>
<context>
    <name>StaffTilesModel</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
</context>
<context>
    <name>StationPrintersDialog</name>
    <message>
        <source>Kitchen printers</source>
        <translation>Küchendrucker</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Station %1:</source>
        <translation>Station %1:</translation>
    </message>
    <message>
        <source>Each station&apos;s new tickets print on its printer; a failed print is shown and can be retried.</source>
        <translation>Die neuen Bons jeder Station werden auf ihrem Drucker gedruckt; ein fehlgeschlagener Druck wird angezeigt und kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Guests&apos; bills:</source>
        <translation>Rechnungen der Gäste:</translation>
    </message>
</context>
<context>
    <name>TableGridModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since you looked</source>
        <translation>geändert, seit Sie zuletzt geschaut haben</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>noch keine Änderungen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>TableGridView</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>★ changed: the order changed since you last opened it</source>
        <translation>★ geändert: Die Bestellung hat sich seit Ihrem letzten Öffnen geändert</translation>
    </message>
</context>
<context>
    <name>TableTileDelegate</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>TabletCommandLine</name>
    <message>
        <source>TableSync for waiters: take orders on shared tables without losing items.</source>
        <translation>TableSync für Servicekräfte: Bestellungen an gemeinsamen Tischen aufnehmen, ohne dass Artikel verloren gehen.</translation>
    </message>
    <message>
        <source>The venue&apos;s TableSync server, e.g. http://10.0.0.5:8080 (remembered for next time).</source>
        <translation>Der TableSync-Server des Betriebs, z. B. http://10.0.0.5:8080 (wird für das nächste Mal gespeichert).</translation>
    </message>
    <message>
        <source>Start a demo venue server (tablesyncd, installed next to this app) on a temporary database.</source>
        <translation>Einen Demo-Server (tablesyncd, neben dieser App installiert) mit einer temporären Datenbank starten.</translation>
    </message>
    <message>
        <source>With --demo: open N windows side by side, each signed in as another demo waiter (1-4).</source>
        <translation>Mit --demo: N Fenster nebeneinander öffnen, jedes als andere Demo-Bedienung angemeldet (1–4).</translation>
    </message>
    <message>
        <source>Trust the https server whose certificate has this SHA-256 fingerprint, as tablesyncd printed it (remembered for next time).</source>
        <translation>Dem https-Server vertrauen, dessen Zertifikat diesen SHA-256-Fingerabdruck hat, wie tablesyncd ihn ausgegeben hat (wird gespeichert).</translation>
    </message>
    <message>
        <source>tablesync takes options only; it does not know “%1”.</source>
        <translation>tablesync nimmt nur Optionen an; „%1“ kennt es nicht.</translation>
    </message>
    <message>
        <source>--waiters needs --demo.</source>
        <translation>--waiters geht nur mit --demo.</translation>
    </message>
    <message>
        <source>--waiters must be a number from 1 to %1.</source>
        <translation>--waiters muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--demo runs its own server; leave out --server.</source>
        <translation>--demo startet einen eigenen Server; lassen Sie --server weg.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>--pin-cert must be a SHA-256 fingerprint: 64 hex digits, colons allowed, such as tablesyncd printed.</source>
        <translation>--pin-cert muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt, wie von tablesyncd ausgegeben.</translation>
    </message>
    <message>
        <source>With --demo: also open a kitchen display, signed in as the demo chef, next to the waiters.</source>
        <translation>Mit --demo: neben den Kellnern auch eine Küchenanzeige öffnen, angemeldet als Demo-Koch.</translation>
    </message>
    <message>
        <source>Print kitchen tickets on this printer where a station has none chosen in the kitchen display&apos;s settings.</source>
        <translation>Küchenbons auf diesem Drucker drucken, wo für eine Station in den Einstellungen der Küchenanzeige keiner gewählt ist.</translation>
    </message>
    <message>
        <source>--kitchen needs --demo; a venue&apos;s kitchen display signs in with a kitchen login.</source>
        <translation>--kitchen braucht --demo; die Küchenanzeige eines Lokals meldet sich mit einem Küchen-Login an.</translation>
    </message>
    <message>
        <source>--printer needs the name of a printer.</source>
        <translation>--printer braucht den Namen eines Druckers.</translation>
    </message>
</context>
<context>
    <name>TabletFailure</name>
    <message>
        <source>TableSync</source>
        <translation>TableSync</translation>
    </message>
</context>
<context>
    <name>TabletWindows</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>TicketCardDelegate</name>
    <message>
        <source>VOID</source>
        <translation>STORNO</translation>
    </message>
</context>
<context>
    <name>TicketCardsModel</name>
    <message>
        <source>VOID</source>
        <translation>STORNO</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Tap to bump</source>
        <translation>Zum Abschließen tippen</translation>
    </message>
    <message>
        <source>Select to recall or reprint</source>
        <translation>Auswählen zum Zurückholen oder Nachdrucken</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>%1 · Course %2</source>
        <translation>%1 · Gang %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %n Min.</numerusform>
            <numerusform>%1 · %2 · %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPrintout</name>
    <message>
        <source>REPRINT</source>
        <translation>NACHDRUCK</translation>
    </message>
    <message>
        <source>VOID — DO NOT COOK</source>
        <translation>STORNO — NICHT KOCHEN</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Gang %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>NOTE: %1</source>
        <translation>HINWEIS: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Waiter: %1</source>
        <translation>Kellner: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Bon %1</translation>
    </message>
</context>
<context>
    <name>UnsentWorkBanner</name>
    <message>
        <source>Only a manager signed in on this tablet can discard it.</source>
        <translation>Nur ein an diesem Tablet angemeldeter Manager kann sie verwerfen.</translation>
    </message>
    <message>
        <source>Nothing of theirs is left to discard.</source>
        <translation>Von dieser Person ist nichts mehr zu verwerfen.</translation>
    </message>
    <message>
        <source>Say why the work is discarded (at most %1 characters).</source>
        <translation>Geben Sie an, warum die Arbeit verworfen wird (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>This tablet could not discard it; nothing was changed.</source>
        <translation>Dieses Tablet konnte sie nicht verwerfen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A waiter this tablet cannot name</source>
        <translation>Eine Bedienung, die dieses Tablet nicht benennen kann,</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsent changes on this tablet; they are sent when they sign in again.</source>
        <translation>
            <numerusform>%1 hat %n ungesendete Änderung auf diesem Tablet; sie wird gesendet, sobald %1 sich wieder anmeldet.</numerusform>
            <numerusform>%1 hat %n ungesendete Änderungen auf diesem Tablet; sie werden gesendet, sobald %1 sich wieder anmeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard %1&apos;s work…</source>
        <translation>Arbeit von %1 verwerfen…</translation>
    </message>
    <message>
        <source>Why is it discarded?</source>
        <translation>Warum wird sie verworfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n changes of %1: “%2”. Logged on this tablet.</source>
        <translation>
            <numerusform>%n Änderung von %1 verworfen: „%2“. Auf diesem Tablet protokolliert.</numerusform>
            <numerusform>%n Änderungen von %1 verworfen: „%2“. Auf diesem Tablet protokolliert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a line</source>
        <translation>Position stornieren</translation>
    </message>
    <message>
        <source>Void %1? The kitchen has it. Why does it come off?</source>
        <translation>%1 stornieren? Die Küche hat es bereits. Warum wird es gestrichen?</translation>
    </message>
    <message>
        <source>Note (needed for “Other reason”)</source>
        <translation>Notiz (nötig bei „Anderer Grund“)</translation>
    </message>
    <message>
        <source>e.g. guest allergic to nuts</source>
        <translation>z. B. Gast hat eine Nussallergie</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Position stornieren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>VoidFilterBar</name>
    <message>
        <source>Show the voids for the reason</source>
        <translation>Stornos mit dem Grund zeigen</translation>
    </message>
    <message>
        <source>Show the voids of</source>
        <translation>Stornos zeigen von</translation>
    </message>
    <message>
        <source>Show the voids approved by</source>
        <translation>Stornos zeigen, genehmigt von</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>All waiters</source>
        <translation>Alle Bedienungen</translation>
    </message>
    <message>
        <source>All approvers</source>
        <translation>Alle Freigaben</translation>
    </message>
</context>
<context>
    <name>VoidReasons</name>
    <message>
        <source>Guest changed their mind</source>
        <translation>Gast hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Kitchen error</source>
        <translation>Küchenfehler</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
</context>
<context>
    <name>VoidReportModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>VoidReportView</name>
    <message>
        <source>Voids per reason, waiter and approver</source>
        <translation>Stornos nach Grund, Bedienung und Genehmigung</translation>
    </message>
    <message>
        <source>No voids here yet.</source>
        <translation>Hier gibt es noch keine Stornos.</translation>
    </message>
    <message>
        <source>No voids match these filters.</source>
        <translation>Keine Stornos passen zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>VoidTotalsModel</name>
    <message>
        <source>Per</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>Storniert von</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
</context>
<context>
    <name>VoidedLinesModel</name>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Voided, approved by %1</source>
        <translation>Storniert, freigegeben von %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Voided item</source>
        <translation>Stornierter Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>WaiterMessages</name>
    <message>
        <source>the quantity must be between 1 and %1.</source>
        <translation>Die Menge muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>the seat number is not one of this table&apos;s seats.</source>
        <translation>Diesen Platz gibt es an diesem Tisch nicht.</translation>
    </message>
    <message>
        <source>the note is too long (at most %1 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>this item is no longer on the menu; remove it and pick another.</source>
        <translation>Dieser Artikel ist nicht mehr auf der Karte; entfernen Sie ihn und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>the line is damaged; remove it and add it again.</source>
        <translation>Die Zeile ist beschädigt; entfernen Sie sie und fügen Sie sie neu hinzu.</translation>
    </message>
    <message>
        <source>it was refused (%1).</source>
        <translation>Sie wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Your items are kept on this tablet.</source>
        <translation>Ihre Artikel bleiben auf diesem Tablet.</translation>
    </message>
    <message>
        <source>You are not allowed to change this order.</source>
        <translation>Sie dürfen diese Bestellung nicht ändern.</translation>
    </message>
    <message>
        <source>This order no longer exists. Open the table again.</source>
        <translation>Diese Bestellung gibt es nicht mehr. Öffnen Sie den Tisch erneut.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1 (%2, seat %3)</source>
        <translation>Zeile %1 (%2, Platz %3)</translation>
    </message>
    <message>
        <source>Not sent: %1: %2</source>
        <translation>Nicht gesendet: %1: %2</translation>
    </message>
    <message>
        <source>Not sent: the server refused the request (%1).</source>
        <translation>Nicht gesendet: Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: this table&apos;s bill has already been closed. Your items are kept in the draft; open the table again to add them to its new order.</source>
        <translation>Nicht gesendet: Die Rechnung dieses Tisches ist bereits abgeschlossen. Ihre Artikel bleiben im Entwurf; öffnen Sie den Tisch erneut, um sie zur neuen Bestellung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Wrong staff id or PIN. Please try again.</source>
        <translation>Falsche Mitarbeiter-ID oder PIN. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again; your items are kept on this tablet.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an; Ihre Artikel bleiben auf diesem Tablet.</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: an order can hold at most %n lines.</source>
        <translation>
            <numerusform>Nicht gesendet: Eine Bestellung kann höchstens %n Position haben.</numerusform>
            <numerusform>Nicht gesendet: Eine Bestellung kann höchstens %n Positionen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please log in to send; your items are kept on this tablet.</source>
        <translation>Bitte melden Sie sich zum Senden an; Ihre Artikel bleiben auf diesem Tablet.</translation>
    </message>
    <message>
        <source>Open the table before sending.</source>
        <translation>Öffnen Sie zuerst den Tisch, bevor Sie senden.</translation>
    </message>
    <message>
        <source>The previous send for this table is still on its way. Try again in a moment.</source>
        <translation>Die vorige Sendung für diesen Tisch ist noch unterwegs. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no conflict waiting for this table; send again.</source>
        <translation>Für diesen Tisch wartet kein Konflikt; senden Sie erneut.</translation>
    </message>
    <message>
        <source>Not sent, and this tablet could not keep the send. Your items are still in the draft; send again when the connection is back.</source>
        <translation>Nicht gesendet, und dieses Tablet konnte die Sendung nicht aufbewahren. Ihre Artikel sind noch im Entwurf; senden Sie erneut, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that this tablet is on the venue&apos;s network.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie, ob dieses Tablet im Netzwerk des Lokals ist.</translation>
    </message>
    <message>
        <source>Cannot load the tables: %1</source>
        <translation>Die Tische können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot load the menu: %1</source>
        <translation>Die Speisekarte kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the table: %1</source>
        <translation>Der Tisch kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not save on this tablet; the last change may be lost. Check the order.</source>
        <translation>Auf diesem Tablet konnte nicht gespeichert werden; die letzte Änderung ist vielleicht verloren. Prüfen Sie die Bestellung.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>Das gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Zu viele Versuche. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server has a problem right now. Try again in a moment.</source>
        <translation>Der Server hat gerade ein Problem. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server sent a reply this app cannot read.</source>
        <translation>Der Server hat eine Antwort geschickt, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>This tablet could not save its data.</source>
        <translation>Dieses Tablet konnte seine Daten nicht speichern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed: it is not the one this tablet trusts, so the connection was refused (someone may be pretending to be the server). If the venue really replaced it, a manager must confirm the new fingerprint %1.</source>
        <translation>Das Zertifikat des Servers hat sich geändert: Es ist nicht das, dem dieses Tablet vertraut, daher wurde die Verbindung abgelehnt (jemand könnte sich als Server ausgeben). Wenn das Lokal es wirklich ersetzt hat, muss eine Führungskraft den neuen Fingerabdruck %1 bestätigen.</translation>
    </message>
    <message>
        <source>(none shown)</source>
        <translation>(keiner angezeigt)</translation>
    </message>
    <message>
        <source>This tablet does not know the server&apos;s certificate yet. A manager must confirm its fingerprint %1 (as printed by tablesyncd) before the tablet connects.</source>
        <translation>Dieses Tablet kennt das Zertifikat des Servers noch nicht. Eine Führungskraft muss seinen Fingerabdruck %1 (wie von tablesyncd ausgegeben) bestätigen, bevor sich das Tablet verbindet.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Not sent: sold out now: %1. Remove it from your draft and send again; the rest of your draft is kept.</source>
        <translation>Nicht gesendet: jetzt ausverkauft: %1. Entfernen Sie es aus Ihrem Entwurf und senden Sie erneut; der Rest Ihres Entwurfs bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 was just sold out, and your unsent draft holds it. Remove it before you send; the rest of your draft is kept.</source>
        <translation>%1 ist gerade ausverkauft, und Ihr nicht gesendeter Entwurf enthält es. Entfernen Sie es vor dem Senden; der Rest Ihres Entwurfs bleibt erhalten.</translation>
    </message>
    <message>
        <source>Course %1 is on the order but not in the kitchen yet: no connection. Tap “Fire course %1” when the server is back.</source>
        <translation>Gang %1 ist auf der Bestellung, aber noch nicht in der Küche: keine Verbindung. Tippen Sie auf „Gang %1 abrufen“, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Course %1 is on the order but not in the kitchen yet: %2 Tap “Fire course %1” to try again.</source>
        <translation>Gang %1 ist auf der Bestellung, aber noch nicht in der Küche: %2 Tippen Sie auf „Gang %1 abrufen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Nothing was voided.</source>
        <translation>Es wurde nichts storniert.</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Falsche PIN der Führungskraft.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this manager is locked out for now.</source>
        <translation>Zu viele falsche PINs: diese Führungskraft ist vorerst gesperrt.</translation>
    </message>
    <message>
        <source>Only a manager&apos;s PIN approves a void.</source>
        <translation>Nur die PIN einer Führungskraft gibt eine Stornierung frei.</translation>
    </message>
    <message>
        <source>No connection: a manager&apos;s approval needs the server.</source>
        <translation>Keine Verbindung: die Freigabe braucht den Server.</translation>
    </message>
    <message>
        <source>No approval: %1</source>
        <translation>Keine Freigabe: %1</translation>
    </message>
    <message>
        <source>The line stays on the order.</source>
        <translation>Die Position bleibt auf der Bestellung.</translation>
    </message>
    <message>
        <source>Not voided: the manager&apos;s approval expired or was already used. Ask a manager again.</source>
        <translation>Nicht storniert: die Freigabe ist abgelaufen oder wurde schon benutzt. Bitten Sie erneut eine Führungskraft.</translation>
    </message>
    <message>
        <source>Not sent: the kitchen has a line your draft removes. Void it with a reason and a manager&apos;s approval.</source>
        <translation>Nicht gesendet: die Küche hat eine Position, die Ihr Entwurf entfernt. Stornieren Sie sie mit Grund und Freigabe.</translation>
    </message>
    <message>
        <source>Not voided: only a line the kitchen has can be voided, with a reason.</source>
        <translation>Nicht storniert: nur eine Position, die die Küche schon hat, wird storniert, mit Grund.</translation>
    </message>
    <message>
        <source>Not voided: %1</source>
        <translation>Nicht storniert: %1</translation>
    </message>
</context>
<context>
    <name>WaiterTotalsModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Waiter</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Items this waiter put on the order that are still on it</source>
        <translation>Artikel dieser Bedienung, die noch auf der Bestellung stehen</translation>
    </message>
    <message numerus="yes">
        <source>In %n line(s) still on the order</source>
        <translation>
            <numerusform>In %n Position, die noch auf der Bestellung steht</numerusform>
            <numerusform>In %n Positionen, die noch auf der Bestellung stehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>What those items sell for at the menu&apos;s prices</source>
        <translation>Was diese Artikel zu Menüpreisen kosten</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
</context>
</TS>
