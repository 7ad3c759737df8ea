<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>BanquetFireButton</name>
    <message>
        <source>Fire a course for many tables…</source>
        <translation>Birçok masa için servis gönder…</translation>
    </message>
</context>
<context>
    <name>BanquetFireDialog</name>
    <message>
        <source>Fire a course for many tables</source>
        <translation>Birçok masa için servis gönder</translation>
    </message>
    <message>
        <source>Banquet: send one course to the kitchen</source>
        <translation>Ziyafet: bir servisi mutfağa gönder</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Tüm masalar</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>Hiçbir masa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Send course %1 to the kitchen: %2 on %3?</source>
        <translation>%1. servis mutfağa gönderilsin mi: %3 için %2?</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n kalem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n masa</numerusform>
        </translation>
    </message>
    <message>
        <source>Fire course %1</source>
        <translation>%1. servisi gönder</translation>
    </message>
    <message>
        <source>Counting the lines of course %1…</source>
        <translation>%1. servisin kalemleri sayılıyor…</translation>
    </message>
    <message>
        <source>Nothing of course %1 waits on the picked tables.</source>
        <translation>Seçili masalarda %1. servisten bekleyen yok.</translation>
    </message>
    <message>
        <source>Ready: %1 on %2.</source>
        <translation>Hazır: %2 için %1.</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Henüz değil</translation>
    </message>
</context>
<context>
    <name>BanquetFireFlow</name>
    <message>
        <source>Course %1 is in the kitchen: %2 on %3.</source>
        <translation>%1. servis mutfakta: %3 için %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n kalem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n masa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was fired: %1</source>
        <translation>Hiçbir şey gönderilmedi: %1</translation>
    </message>
</context>
<context>
    <name>BanquetTablesModel</name>
    <message>
        <source>nothing waits</source>
        <translation>bekleyen yok</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n kalem</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Not yet in the kitchen</source>
        <translation>Henüz mutfakta değil</translation>
    </message>
</context>
<context>
    <name>BillFlow</name>
    <message>
        <source>Cannot show the bill: %1</source>
        <translation>Hesap gösterilemiyor: %1</translation>
    </message>
    <message>
        <source>The order changed after this bill was shown; here is the bill as it stands now. Check it with the guest.</source>
        <translation>Bu hesap gösterildikten sonra sipariş değişti; hesabın şimdiki hâli burada. Misafirle birlikte kontrol edin.</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Kapatılmadı: %1</translation>
    </message>
    <message>
        <source>The printer did not take the bill. Check it and try again.</source>
        <translation>Yazıcı hesabı almadı. Yazıcıyı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Save the bill as PDF</source>
        <translation>Hesabı PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF, %1 konumuna yazılamadı.</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Koltuk %1</translation>
    </message>
    <message>
        <source>Shared total</source>
        <translation>Ortak toplam</translation>
    </message>
    <message>
        <source>Seat %1 total</source>
        <translation>Koltuk %1 toplamı</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
</context>
<context>
    <name>BillPrintout</name>
    <message>
        <source>Bill — %1</source>
        <translation>Hesap — %1</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 each)</source>
        <translation>%1 × %2 (tanesi %3)</translation>
    </message>
</context>
<context>
    <name>BillView</name>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Has the guest paid %1? The table&apos;s order is closed and the table is free again.</source>
        <translation>Misafir %1 ödedi mi? Masanın siparişi kapatılır ve masa yeniden boşalır.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Bill — %1</source>
        <translation>Hesap — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Back to the order</source>
        <translation>Siparişe dön</translation>
    </message>
</context>
<context>
    <name>CertificateConfirmation</name>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Sunucunun sertifikasını onaylayın</translation>
    </message>
    <message>
        <source>This tablet has not met this server before. A manager should compare this SHA-256 fingerprint with the one tablesyncd printed:

%1

Trust this server?</source>
        <translation>Bu tablet bu sunucuyu daha önce görmedi. Bir yönetici bu SHA-256 parmak izini tablesyncd&apos;nin yazdırdığıyla karşılaştırmalıdır:

%1

Bu sunucuya güvenilsin mi?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 changed — check before sending</source>
        <translation>%1 değişti — göndermeden önce kontrol edin</translation>
    </message>
    <message>
        <source>Someone else sent to %1 first</source>
        <translation>%1 için sizden önce başka biri gönderdi</translation>
    </message>
    <message>
        <source>&lt;b&gt;+&lt;/b&gt; you add &amp;nbsp;·&amp;nbsp; &lt;b&gt;−&lt;/b&gt; &lt;s&gt;you remove&lt;/s&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;~&lt;/b&gt; you change &amp;nbsp;·&amp;nbsp; “added by …”: another waiter &amp;nbsp;·&amp;nbsp; &lt;b&gt;!&lt;/b&gt; choose</source>
        <translation>&lt;b&gt;+&lt;/b&gt; eklediğiniz &amp;nbsp;·&amp;nbsp; &lt;b&gt;−&lt;/b&gt; &lt;s&gt;çıkardığınız&lt;/s&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;~&lt;/b&gt; değiştirdiğiniz &amp;nbsp;·&amp;nbsp; “ekleyen: …”: başka bir garson &amp;nbsp;·&amp;nbsp; &lt;b&gt;!&lt;/b&gt; seçim yapın</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Benimki kalsın</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Onunki kalsın</translation>
    </message>
    <message>
        <source>Cancel — keep my draft unsent</source>
        <translation>Vazgeç — taslağım gönderilmeden kalsın</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Onayla ve gönder</translation>
    </message>
    <message>
        <source>Conflict %1 of %2</source>
        <translation>Çakışma %1 / %2</translation>
    </message>
    <message>
        <source>All conflicts answered</source>
        <translation>Tüm çakışmalar yanıtlandı</translation>
    </message>
    <message>
        <source>Tap a row marked “!” to change an answer.</source>
        <translation>Bir yanıtı değiştirmek için “!” işaretli satıra dokunun.</translation>
    </message>
    <message>
        <source>You add: %1 · you remove: %2 · you change: %3. Kept from others: %4.</source>
        <translation>Eklenen: %1 · çıkarılan: %2 · değiştirilen: %3. Diğerlerinden korunan: %4.</translation>
    </message>
    <message>
        <source>To answer: %1.</source>
        <translation>Yanıt bekleyen: %1.</translation>
    </message>
    <message>
        <source>%1: you changed it to %2; %3 changed it to %4.</source>
        <translation>%1: siz %2 olarak değiştirdiniz; %3 ise %4 olarak değiştirdi.</translation>
    </message>
    <message>
        <source>%1: you removed it; %2 changed it to %3. Keep mine removes it, keep theirs keeps their version.</source>
        <translation>%1: siz çıkardınız; %2 ise %3 olarak değiştirdi. “Benimki kalsın” ürünü çıkarır, “Onunki kalsın” onun hâlini korur.</translation>
    </message>
    <message>
        <source>%1: you changed it to %2; %3 removed it. Keep mine puts it back with your change, keep theirs leaves it removed.</source>
        <translation>%1: siz %2 olarak değiştirdiniz; %3 ise çıkardı. “Benimki kalsın” ürünü sizin değişikliğinizle geri ekler, “Onunki kalsın” çıkarılmış bırakır.</translation>
    </message>
    <message>
        <source>%1 was added twice: yours is %2, the order has %3.</source>
        <translation>%1 iki kez eklendi: sizinki %2, siparişteki %3.</translation>
    </message>
    <message>
        <source>qty %1, seat %2</source>
        <translation>adet %1, koltuk %2</translation>
    </message>
    <message>
        <source>, note “%1”</source>
        <translation>, not “%1”</translation>
    </message>
    <message>
        <source>Understood — leave it as fired</source>
        <translation>Anladım — mutfağa gittiği gibi kalsın</translation>
    </message>
    <message>
        <source>%1: you changed it to %2, but it went to the kitchen at %3 and can no longer change. To change it, void it and add a new line.</source>
        <translation>%1: siz %2 olarak değiştirdiniz, ama %3&apos;te mutfağa gitti ve artık değişemez. Değiştirmek için iptal (void) edip yeni bir kalem ekleyin.</translation>
    </message>
    <message>
        <source>, course %1</source>
        <translation>, %1. servis</translation>
    </message>
    <message>
        <source>Not sent: a void needs a manager&apos;s approval. Ask a manager, or keep the line.</source>
        <translation>Gönderilmedi: iptal için bir müdürün onayı gerekir. Bir müdüre sorun ya da kalemi tutun.</translation>
    </message>
    <message>
        <source>Keep it on the order</source>
        <translation>Siparişte kalsın</translation>
    </message>
    <message>
        <source>Void it…</source>
        <translation>İptal et…</translation>
    </message>
    <message>
        <source>%1: you void it (%2). A manager approves the void when you send.</source>
        <translation>%1: iptal ediyorsunuz (%2). Gönderirken bir müdür iptali onaylar.</translation>
    </message>
    <message>
        <source>%1: you removed it, but it went to the kitchen at %2. Keep it on the order, or void it with a reason and a manager&apos;s approval.</source>
        <translation>%1: kaldırdınız, ama saat %2&apos;de mutfağa gitti. Siparişte bırakın ya da bir nedenle ve müdür onayıyla iptal edin.</translation>
    </message>
</context>
<context>
    <name>ConflictRowsModel</name>
    <message>
        <source>Seat</source>
        <translation>Koltuk</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ne olacak</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>on the order (%1)</source>
        <translation>siparişte (%1)</translation>
    </message>
    <message>
        <source>you add</source>
        <translation>siz ekliyorsunuz</translation>
    </message>
    <message>
        <source>you remove</source>
        <translation>siz çıkarıyorsunuz</translation>
    </message>
    <message>
        <source>you change</source>
        <translation>siz değiştiriyorsunuz</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>ekleyen: %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>değiştiren: %1</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>çıkaran: %1</translation>
    </message>
    <message>
        <source>conflict with %1: choose</source>
        <translation>%1 ile çakışma: seçin</translation>
    </message>
    <message>
        <source>conflict: keeping yours</source>
        <translation>çakışma: sizinki kalıyor</translation>
    </message>
    <message>
        <source>conflict: keeping %1&apos;s</source>
        <translation>çakışma: %1 tarafı korunuyor</translation>
    </message>
    <message>
        <source>another waiter</source>
        <translation>başka bir garson</translation>
    </message>
    <message>
        <source>in the kitchen since %1 (sent by %2)</source>
        <translation>%1&apos;den beri mutfakta (%2 gönderdi)</translation>
    </message>
    <message>
        <source>not possible: in the kitchen since %1 — a void takes it off</source>
        <translation>mümkün değil: %1&apos;den beri mutfakta — ancak iptal (void) ile kaldırılır</translation>
    </message>
    <message>
        <source>stays as the kitchen has it</source>
        <translation>mutfaktaki hâliyle kalır</translation>
    </message>
    <message>
        <source>void: %1 (a manager approves)</source>
        <translation>iptal: %1 (müdür onaylar)</translation>
    </message>
    <message>
        <source>in the kitchen since %1: keep it or void it</source>
        <translation>%1&apos;den beri mutfakta: tutun ya da iptal edin</translation>
    </message>
    <message>
        <source>changed by another waiter</source>
        <translation>değiştiren: başka bir garson</translation>
    </message>
    <message>
        <source>removed by another waiter</source>
        <translation>çıkaran: başka bir garson</translation>
    </message>
    <message>
        <source>conflict with another waiter: choose</source>
        <translation>başka bir garsonla çakışma: seçin</translation>
    </message>
    <message>
        <source>conflict: keeping the other waiter&apos;s</source>
        <translation>çakışma: diğer garsonun tarafı korunuyor</translation>
    </message>
</context>
<context>
    <name>CourseChips</name>
    <message>
        <source>Course</source>
        <translation>Servis</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>%1. servis</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kaydedilemedi: %2</translation>
    </message>
</context>
<context>
    <name>DemoVenueLaunch</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Geçici klasör oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>The demo needs the venue server tablesyncd, which is not installed next to this app (%1). Install the tablesyncd package, or build it, then start the demo again.</source>
        <translation>Demo, işletme sunucusu tablesyncd’ye ihtiyaç duyar; o, bu uygulamanın yanında kurulu değil (%1). tablesyncd paketini kurun ya da derleyin, sonra demoyu yeniden başlatın.</translation>
    </message>
    <message>
        <source>TableSync demo</source>
        <translation>TableSync demosu</translation>
    </message>
    <message>
        <source>Starting the demo venue server…</source>
        <translation>Demo işletme sunucusu başlatılıyor…</translation>
    </message>
    <message>
        <source>The demo venue server could not be started: %1</source>
        <translation>Demo işletme sunucusu başlatılamadı: %1</translation>
    </message>
    <message>
        <source>The demo venue server stopped before it was ready: %1</source>
        <translation>Demo işletme sunucusu hazır olmadan durdu: %1</translation>
    </message>
    <message>
        <source>The demo venue server did not get ready in time.</source>
        <translation>Demo işletme sunucusu zamanında hazır olmadı.</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExport</name>
    <message>
        <source>history-venue.csv</source>
        <translation>gecmis-isletme.csv</translation>
    </message>
    <message>
        <source>history-%1.csv</source>
        <translation>gecmis-%1.csv</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Geçmişi CSV olarak dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>Olayları gösterilecek yer</translation>
    </message>
    <message>
        <source>Show events of the kind</source>
        <translation>Bu türdeki olayları göster</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>All waiters</source>
        <translation>Tüm garsonlar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1&apos;s write was refused: it was based on version %2, but the order was already at version %3. Nothing was lost; the write was merged and sent again or cancelled.</source>
        <translation>%1 adlı garsonun gönderimi reddedildi: sürüm %2 üzerine yapılmıştı, ama sipariş zaten sürüm %3 idi. Hiçbir şey kaybolmadı; değişiklik birleştirilip yeniden gönderildi ya da iptal edildi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Qty before</source>
        <translation>Önceki adet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Çıkarıldı</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <source>⚠ Conflict</source>
        <translation>⚠ Çakışma</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Mutfağa gönderildi</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Masa %1</translation>
    </message>
    <message>
        <source>Order closed</source>
        <translation>Sipariş kapatıldı</translation>
    </message>
    <message>
        <source>Refused: based on v%1</source>
        <translation>Reddedildi: v%1 temel alınmıştı</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Quantity %1, before %2</source>
        <translation>Adet %1, önce %2</translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation>Adet %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Order %1, version %2</source>
        <translation>Sipariş %1, sürüm %2</translation>
    </message>
    <message>
        <source>kitchen ticket %1</source>
        <translation>mutfak fişi %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>neden: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>onaylayan: %1</translation>
    </message>
    <message>
        <source>void ticket %1</source>
        <translation>iptal fişi %1</translation>
    </message>
    <message>
        <source>guest changed their mind</source>
        <translation>misafir fikrini değiştirdi</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>yanlış ürün</translation>
    </message>
    <message>
        <source>kitchen error</source>
        <translation>mutfak hatası</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>kalite</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Bu masa</translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation>Tüm işletme</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Totals per waiter on this order</source>
        <translation>Bu siparişte garson başına toplamlar</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 geçmişi</translation>
    </message>
    <message>
        <source>History of the whole venue, newest first</source>
        <translation>Tüm işletmenin geçmişi, en yeni en üstte</translation>
    </message>
    <message>
        <source>Open a table to see its history.</source>
        <translation>Geçmişini görmek için bir masa açın.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Burada henüz bir şey olmadı.</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Bu filtrelere uyan olay yok.</translation>
    </message>
    <message>
        <source>Tap an event to see all of it here.</source>
        <translation>Tamamını burada görmek için bir olaya dokunun.</translation>
    </message>
    <message>
        <source>Load earlier</source>
        <translation>Öncekileri yükle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>İptaller</translation>
    </message>
</context>
<context>
    <name>HistoryStatusLine</name>
    <message>
        <source>Only managers can see the whole venue&apos;s history.</source>
        <translation>Tüm işletmenin geçmişini yalnızca yöneticiler görebilir.</translation>
    </message>
    <message>
        <source>Cannot reach the server. The history shows what was read last; it catches up by itself.</source>
        <translation>Sunucuya ulaşılamıyor. Geçmiş son okunan hâli gösteriyor; kendiliğinden güncellenecek.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown (filtered)</source>
        <translation>
            <numerusform>%n olaydan %1 tanesi gösteriliyor (filtreli)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message>
        <source>Could not read the tickets: %1</source>
        <translation>Fişler okunamadı: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was not bumped: %2</source>
        <translation>%1 numaralı fiş kapatılamadı: %2</translation>
    </message>
    <message>
        <source>Sold out was not saved: %1</source>
        <translation>Tükendi bilgisi kaydedilmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets not printed. %1</source>
        <translation>
            <numerusform>%n fiş yazdırılmadı. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenView</name>
    <message>
        <source>Kitchen</source>
        <translation>Mutfak</translation>
    </message>
    <message>
        <source>Kitchen — %1</source>
        <translation>Mutfak — %1</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;İstasyon:</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Tüm istasyonlar</translation>
    </message>
    <message>
        <source>Sold out…</source>
        <translation>Tükenenler…</translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation>Yazıcılar…</translation>
    </message>
    <message numerus="yes">
        <source>Bumped (%n)</source>
        <translation>
            <numerusform>Kapatılan (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <source>No open tickets. New ones appear here by themselves.</source>
        <translation>Açık fiş yok. Yenileri burada kendiliğinden görünür.</translation>
    </message>
    <message>
        <source>Bumped tickets</source>
        <translation>Kapatılan fişler</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Yeniden yazdır</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Tap a line to change it</source>
        <translation>Değiştirmek için bir satıra dokunun</translation>
    </message>
    <message>
        <source>%1 is removed in your draft</source>
        <translation>%1 taslağınızdan çıkarıldı</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seçili: %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Bir azalt</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Bir artır</translation>
    </message>
    <message>
        <source>Previous seat</source>
        <translation>Önceki koltuk</translation>
    </message>
    <message>
        <source>Next seat</source>
        <translation>Sonraki koltuk</translation>
    </message>
    <message>
        <source>Note, e.g. no onions</source>
        <translation>Not, ör. soğansız</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Satırı çıkar</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Koltuk</translation>
    </message>
    <message>
        <source>%1: in the kitchen since %2 — it cannot change; void it instead.</source>
        <translation>%1: %2&apos;den beri mutfakta — yalnızca iptal edilebilir.</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>İptal et…</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Server: %1</source>
        <translation>Sunucu: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ayarlanmadı</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Giriş yapılıyor…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>TableSync</source>
        <translation>TableSync</translation>
    </message>
    <message>
        <source>Sign in to take orders</source>
        <translation>Sipariş almak için giriş yapın</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Personel kodu</translation>
    </message>
    <message>
        <source>e.g. ayse</source>
        <translation>ör. ayse</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Change server…</source>
        <translation>Sunucuyu değiştir…</translation>
    </message>
    <message>
        <source>Type your staff id first.</source>
        <translation>Önce personel kodunuzu yazın.</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad.</source>
        <translation>PIN kodunuzu tuş takımından girin.</translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation>Adınıza dokunun</translation>
    </message>
    <message>
        <source>Or type your staff id</source>
        <translation>Ya da personel kodunuzu yazın</translation>
    </message>
    <message>
        <source>Tap your name or type your staff id first.</source>
        <translation>Önce adınıza dokunun ya da personel kodunuzu yazın.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TableSync — %1</source>
        <translation>TableSync — %1</translation>
    </message>
    <message>
        <source>TableSync</source>
        <translation>TableSync</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Yenileniyor…</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Sunucuya soruluyor…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Müdür onayı</translation>
    </message>
    <message>
        <source>A manager approves this void with their PIN.</source>
        <translation>Bu iptali bir müdür kendi PIN&apos;i ile onaylar.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Müdür</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <source>Add %1</source>
        <translation>%1 ekle</translation>
    </message>
    <message>
        <source>%1 (sold out)</source>
        <translation>%1 (tükendi)</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <translation>%1 tükendi</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — %n sends waiting</source>
        <translation>
            <numerusform>Çevrimdışı — %n sipariş gönderilmeyi bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this tablet</source>
        <translation>Çevrimdışı — değişiklikler bu tablette saklanıyor</translation>
    </message>
    <message numerus="yes">
        <source>Back online — sending %n waiting sends…</source>
        <translation>
            <numerusform>Bağlantı geri geldi — bekleyen %n sipariş gönderiliyor…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFlow</name>
    <message>
        <source>No connection. Saved on this tablet; it is sent by itself when the server is back.</source>
        <translation>Bağlantı yok. Bu tablete kaydedildi; sunucu geri geldiğinde kendiliğinden gönderilecek.</translation>
    </message>
    <message>
        <source>Your changes were discarded.</source>
        <translation>Değişiklikleriniz silindi.</translation>
    </message>
    <message>
        <source>Not sent. Your changes are kept on this tablet.</source>
        <translation>Gönderilmedi. Değişiklikleriniz bu tablette duruyor.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Sipariş %1</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 is in the kitchen (%n lines).</source>
        <translation>
            <numerusform>%1. servis mutfakta (%n kalem).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Koltuk</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ekleyen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gönderilmedi</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Sırada</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Ekle</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Çıkar</translation>
    </message>
    <message>
        <source>~ Change</source>
        <translation>~ Değiştir</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>siz</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Servis</translation>
    </message>
    <message>
        <source>On the order</source>
        <translation>Siparişte</translation>
    </message>
    <message>
        <source>In the kitchen since %1</source>
        <translation>%1&apos;den beri mutfakta</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>‹ Tables</source>
        <translation>‹ Masalar</translation>
    </message>
    <message>
        <source>On the order (confirmed)</source>
        <translation>Siparişte (onaylı)</translation>
    </message>
    <message>
        <source>Nothing waiting. Tap a menu item to add it.</source>
        <translation>Bekleyen bir şey yok. Eklemek için menüden bir ürüne dokunun.</translation>
    </message>
    <message>
        <source>Previous seat</source>
        <translation>Önceki koltuk</translation>
    </message>
    <message>
        <source>Next seat</source>
        <translation>Sonraki koltuk</translation>
    </message>
    <message>
        <source>Add for</source>
        <translation>Eklenecek yer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Değişiklikleri sil</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>sürüm %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>masaya ortak</translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation>koltuk %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet (%n changes)</source>
        <translation>
            <numerusform>Henüz gönderilmedi (%n değişiklik)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Someone else changed this order — your send will show what changed.</source>
        <translation>⚠ Bu siparişi başka biri değiştirdi — gönderirken neyin değiştiğini göreceksiniz.</translation>
    </message>
    <message numerus="yes">
        <source>Fire course %1 (%n lines)</source>
        <translation>
            <numerusform>%1. servisi mutfağa gönder (%n kalem)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Hesap</translation>
    </message>
</context>
<context>
    <name>OrderVoidsAndBill</name>
    <message>
        <source>A void waiting on this tablet needs a manager&apos;s approval again: the first one expired.</source>
        <translation>Bu tablette bekleyen bir iptal yeniden müdür onayı gerektiriyor: ilk onayın süresi doldu.</translation>
    </message>
    <message>
        <source>%1× %2 (shared)</source>
        <translation>%1× %2 (ortak)</translation>
    </message>
    <message>
        <source>%1× %2, seat %3</source>
        <translation>%1× %2, koltuk %3</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Son rakamı sil</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>The printer “%1” was not found.</source>
        <translation>“%1” yazıcısı bulunamadı.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Fiş %1</translation>
    </message>
    <message>
        <source>The printer “%1” did not take the ticket.</source>
        <translation>“%1” yazıcısı fişi almadı.</translation>
    </message>
    <message>
        <source>Ticket %1 printed, but this tablet could not note it; it may print again after a restart.</source>
        <translation>%1 numaralı fiş yazdırıldı ama bu tablet bunu kaydedemedi; yeniden başlatınca tekrar yazdırılabilir.</translation>
    </message>
</context>
<context>
    <name>SellOutLogModel</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>İstasyon</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Şimdi</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>daha önce</translation>
    </message>
    <message>
        <source>Available again</source>
        <translation>Yeniden var</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Tükendi</translation>
    </message>
</context>
<context>
    <name>SellOutLogView</name>
    <message>
        <source>Sold out tonight</source>
        <translation>Bu akşam tükenenler</translation>
    </message>
</context>
<context>
    <name>SendResultLine</name>
    <message numerus="yes">
        <source>Sent. The order now has %n lines.</source>
        <translation>
            <numerusform>Gönderildi. Siparişte artık %n kalem var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>Venue server</source>
        <translation>İşletme sunucusu</translation>
    </message>
    <message>
        <source>Address of the venue&apos;s TableSync server:</source>
        <translation>İşletmenin TableSync sunucusunun adresi:</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Try e.g. http://10.0.0.5:8080</source>
        <translation>“%1” bir sunucu adresi değil. Örnek: http://10.0.0.5:8080</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The demo runs its own server; it cannot be changed.</source>
        <translation>Demo kendi sunucusunu çalıştırır; sunucu değiştirilemez.</translation>
    </message>
</context>
<context>
    <name>SoldOutDialog</name>
    <message>
        <source>Sold out</source>
        <translation>Tükendi</translation>
    </message>
    <message>
        <source>Tick what has run out; waiters can no longer add it.</source>
        <translation>Biteni işaretleyin; garsonlar artık ekleyemez.</translation>
    </message>
</context>
<context>
    <name>SoldOutModel</name>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (kaydediliyor…)</translation>
    </message>
    <message>
        <source>Tick when sold out</source>
        <translation>Tükenince işaretleyin</translation>
    </message>
    <message>
        <source>Sold out; untick when back</source>
        <translation>Tükendi; geri gelince işareti kaldırın</translation>
    </message>
</context>
<context>
    <name>StaffTilesModel</name>
    <message>
        <source>Sign in as %1</source>
        <translation>%1 olarak giriş yap</translation>
    </message>
</context>
<context>
    <name>StationPrintersDialog</name>
    <message>
        <source>Kitchen printers</source>
        <translation>Mutfak yazıcıları</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Yazıcı yok</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (bulunamadı)</translation>
    </message>
    <message>
        <source>Station %1:</source>
        <translation>İstasyon %1:</translation>
    </message>
    <message>
        <source>Each station&apos;s new tickets print on its printer; a failed print is shown and can be retried.</source>
        <translation>Her istasyonun yeni fişleri kendi yazıcısında yazdırılır; başarısız bir baskı gösterilir ve yeniden denenebilir.</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Her seferinde sor</translation>
    </message>
    <message>
        <source>Guests&apos; bills:</source>
        <translation>Misafir hesapları:</translation>
    </message>
</context>
<context>
    <name>TableGridModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n ürün</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since you looked</source>
        <translation>son bakışınızdan beri değişti</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>henüz değişiklik yok</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az önce</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n dk önce</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>saat %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 tarafından</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Boş</translation>
    </message>
</context>
<context>
    <name>TableGridView</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Giriş yapan: %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Masalar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <source>★ changed: the order changed since you last opened it</source>
        <translation>★ değişti: sipariş, siz son açtığınızdan beri değişti</translation>
    </message>
</context>
<context>
    <name>TableTileDelegate</name>
    <message>
        <source>changed</source>
        <translation>değişti</translation>
    </message>
</context>
<context>
    <name>TabletCommandLine</name>
    <message>
        <source>TableSync for waiters: take orders on shared tables without losing items.</source>
        <translation>Garsonlar için TableSync: ortak masalarda hiçbir ürün kaybolmadan sipariş alın.</translation>
    </message>
    <message>
        <source>The venue&apos;s TableSync server, e.g. http://10.0.0.5:8080 (remembered for next time).</source>
        <translation>İşletmenin TableSync sunucusu, ör. http://10.0.0.5:8080 (bir sonraki sefer için hatırlanır).</translation>
    </message>
    <message>
        <source>Start a demo venue server (tablesyncd, installed next to this app) on a temporary database.</source>
        <translation>Geçici bir veritabanıyla demo işletme sunucusunu (bu uygulamanın yanında kurulu tablesyncd) başlat.</translation>
    </message>
    <message>
        <source>With --demo: open N windows side by side, each signed in as another demo waiter (1-4).</source>
        <translation>--demo ile: her biri başka bir demo garsonla giriş yapmış N pencereyi yan yana aç (1-4).</translation>
    </message>
    <message>
        <source>Trust the https server whose certificate has this SHA-256 fingerprint, as tablesyncd printed it (remembered for next time).</source>
        <translation>Sertifikası bu SHA-256 parmak izine sahip https sunucusuna, tablesyncd&apos;nin yazdırdığı gibi, güven (bir sonraki sefer için hatırlanır).</translation>
    </message>
    <message>
        <source>tablesync takes options only; it does not know “%1”.</source>
        <translation>tablesync yalnızca seçenek alır; “%1” tanınmıyor.</translation>
    </message>
    <message>
        <source>--waiters needs --demo.</source>
        <translation>--waiters yalnızca --demo ile kullanılır.</translation>
    </message>
    <message>
        <source>--waiters must be a number from 1 to %1.</source>
        <translation>--waiters 1 ile %1 arasında bir sayı olmalı.</translation>
    </message>
    <message>
        <source>--demo runs its own server; leave out --server.</source>
        <translation>--demo kendi sunucusunu çalıştırır; --server seçeneğini kullanmayın.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>“%1” bir sunucu adresi değil.</translation>
    </message>
    <message>
        <source>--pin-cert must be a SHA-256 fingerprint: 64 hex digits, colons allowed, such as tablesyncd printed.</source>
        <translation>--pin-cert bir SHA-256 parmak izi olmalıdır: 64 onaltılık rakam, iki nokta üst üste kullanılabilir, tablesyncd&apos;nin yazdırdığı gibi.</translation>
    </message>
    <message>
        <source>With --demo: also open a kitchen display, signed in as the demo chef, next to the waiters.</source>
        <translation>--demo ile: garsonların yanında demo şefi olarak oturum açmış bir mutfak ekranı da açar.</translation>
    </message>
    <message>
        <source>Print kitchen tickets on this printer where a station has none chosen in the kitchen display&apos;s settings.</source>
        <translation>Mutfak ekranı ayarlarında yazıcı seçilmemiş istasyonların fişlerini bu yazıcıda yazdırır.</translation>
    </message>
    <message>
        <source>--kitchen needs --demo; a venue&apos;s kitchen display signs in with a kitchen login.</source>
        <translation>--kitchen için --demo gerekir; bir mekânın mutfak ekranı mutfak hesabıyla oturum açar.</translation>
    </message>
    <message>
        <source>--printer needs the name of a printer.</source>
        <translation>--printer bir yazıcı adı ister.</translation>
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
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
</context>
<context>
    <name>TicketCardDelegate</name>
    <message>
        <source>VOID</source>
        <translation>İPTAL</translation>
    </message>
</context>
<context>
    <name>TicketCardsModel</name>
    <message>
        <source>VOID</source>
        <translation>İPTAL</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Tap to bump</source>
        <translation>Kapatmak için dokunun</translation>
    </message>
    <message>
        <source>Select to recall or reprint</source>
        <translation>Geri almak veya yeniden yazdırmak için seçin</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Koltuk %1</translation>
    </message>
    <message>
        <source>%1 · Course %2</source>
        <translation>%1 · %2. servis</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %n dk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPrintout</name>
    <message>
        <source>REPRINT</source>
        <translation>YENİDEN BASKI</translation>
    </message>
    <message>
        <source>VOID — DO NOT COOK</source>
        <translation>İPTAL — PİŞİRMEYİN</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>%1. servis</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Koltuk %1</translation>
    </message>
    <message>
        <source>NOTE: %1</source>
        <translation>NOT: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Neden: %1</translation>
    </message>
    <message>
        <source>Waiter: %1</source>
        <translation>Garson: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Fiş %1</translation>
    </message>
</context>
<context>
    <name>UnsentWorkBanner</name>
    <message>
        <source>Only a manager signed in on this tablet can discard it.</source>
        <translation>Bunu yalnızca bu tablette oturum açmış bir yönetici silebilir.</translation>
    </message>
    <message>
        <source>Nothing of theirs is left to discard.</source>
        <translation>Bu kişiye ait silinecek bir şey kalmadı.</translation>
    </message>
    <message>
        <source>Say why the work is discarded (at most %1 characters).</source>
        <translation>Çalışmanın neden silindiğini yazın (en fazla %1 karakter).</translation>
    </message>
    <message>
        <source>This tablet could not discard it; nothing was changed.</source>
        <translation>Bu tablet silemedi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>A waiter this tablet cannot name</source>
        <translation>Bu tabletin adını bilmediği bir garson</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsent changes on this tablet; they are sent when they sign in again.</source>
        <translation>
            <numerusform>%1: bu tablette gönderilmemiş %n değişiklik var; tekrar oturum açtığında gönderilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard %1&apos;s work…</source>
        <translation>%1 çalışmasını sil…</translation>
    </message>
    <message>
        <source>Why is it discarded?</source>
        <translation>Neden siliniyor?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Sakla</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n changes of %1: “%2”. Logged on this tablet.</source>
        <translation>
            <numerusform>%1: %n değişiklik silindi: “%2”. Bu tablette kayda geçirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a line</source>
        <translation>Satırı iptal et</translation>
    </message>
    <message>
        <source>Void %1? The kitchen has it. Why does it come off?</source>
        <translation>%1 iptal edilsin mi? Mutfakta hazırlanıyor. Neden çıkarılıyor?</translation>
    </message>
    <message>
        <source>Note (needed for “Other reason”)</source>
        <translation>Not (“Başka bir neden” için gerekli)</translation>
    </message>
    <message>
        <source>e.g. guest allergic to nuts</source>
        <translation>ör. misafirin fındık alerjisi var</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Satırı iptal et</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Kalsın</translation>
    </message>
</context>
<context>
    <name>VoidFilterBar</name>
    <message>
        <source>Show the voids for the reason</source>
        <translation>Bu nedenle yapılan iptalleri göster</translation>
    </message>
    <message>
        <source>Show the voids of</source>
        <translation>Şu kişinin iptallerini göster</translation>
    </message>
    <message>
        <source>Show the voids approved by</source>
        <translation>Şu kişinin onayladığı iptalleri göster</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tüm nedenler</translation>
    </message>
    <message>
        <source>All waiters</source>
        <translation>Tüm garsonlar</translation>
    </message>
    <message>
        <source>All approvers</source>
        <translation>Tüm onaylayanlar</translation>
    </message>
</context>
<context>
    <name>VoidReasons</name>
    <message>
        <source>Guest changed their mind</source>
        <translation>Misafir fikrini değiştirdi</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Yanlış ürün</translation>
    </message>
    <message>
        <source>Kitchen error</source>
        <translation>Mutfak hatası</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Başka neden</translation>
    </message>
</context>
<context>
    <name>VoidReportModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Masa %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>İptal edilen</translation>
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
        <translation>Nedene, garsona ve onaylayana göre iptaller</translation>
    </message>
    <message>
        <source>No voids here yet.</source>
        <translation>Burada henüz iptal yok.</translation>
    </message>
    <message>
        <source>No voids match these filters.</source>
        <translation>Bu filtrelere uyan iptal yok.</translation>
    </message>
</context>
<context>
    <name>VoidTotalsModel</name>
    <message>
        <source>Per</source>
        <translation>Göre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>İptal eden</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Onaylayan</translation>
    </message>
</context>
<context>
    <name>VoidedLinesModel</name>
    <message>
        <source>Shared</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Voided, approved by %1</source>
        <translation>İptal edildi, onaylayan: %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Koltuk</translation>
    </message>
    <message>
        <source>Voided item</source>
        <translation>İptal edilen ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Onay</translation>
    </message>
</context>
<context>
    <name>WaiterMessages</name>
    <message>
        <source>the quantity must be between 1 and %1.</source>
        <translation>adet 1 ile %1 arasında olmalı.</translation>
    </message>
    <message>
        <source>the seat number is not one of this table&apos;s seats.</source>
        <translation>bu koltuk numarası bu masada yok.</translation>
    </message>
    <message>
        <source>the note is too long (at most %1 characters).</source>
        <translation>not çok uzun (en fazla %1 karakter).</translation>
    </message>
    <message>
        <source>this item is no longer on the menu; remove it and pick another.</source>
        <translation>bu ürün artık menüde yok; çıkarıp başka bir ürün seçin.</translation>
    </message>
    <message>
        <source>the line is damaged; remove it and add it again.</source>
        <translation>satır bozuk; çıkarıp yeniden ekleyin.</translation>
    </message>
    <message>
        <source>it was refused (%1).</source>
        <translation>reddedildi (%1).</translation>
    </message>
    <message>
        <source>Your items are kept on this tablet.</source>
        <translation>Ürünleriniz bu tablette duruyor.</translation>
    </message>
    <message>
        <source>You are not allowed to change this order.</source>
        <translation>Bu siparişi değiştirme yetkiniz yok.</translation>
    </message>
    <message>
        <source>This order no longer exists. Open the table again.</source>
        <translation>Bu sipariş artık yok. Masayı yeniden açın.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Satır %1</translation>
    </message>
    <message>
        <source>Line %1 (%2, seat %3)</source>
        <translation>Satır %1 (%2, koltuk %3)</translation>
    </message>
    <message>
        <source>Not sent: %1: %2</source>
        <translation>Gönderilmedi: %1: %2</translation>
    </message>
    <message>
        <source>Not sent: the server refused the request (%1).</source>
        <translation>Gönderilmedi: sunucu isteği reddetti (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Not sent: this table&apos;s bill has already been closed. Your items are kept in the draft; open the table again to add them to its new order.</source>
        <translation>Gönderilmedi: bu masanın hesabı zaten kapatıldı. Ürünleriniz taslakta duruyor; yeni siparişe eklemek için masayı yeniden açın.</translation>
    </message>
    <message>
        <source>Wrong staff id or PIN. Please try again.</source>
        <translation>Personel kodu ya da PIN yanlış. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>Giriş yapılamıyor: %1</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again; your items are kept on this tablet.</source>
        <translation>Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın; ürünleriniz bu tablette duruyor.</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation>Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: an order can hold at most %n lines.</source>
        <translation>
            <numerusform>Gönderilmedi: bir siparişte en fazla %n satır olabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please log in to send; your items are kept on this tablet.</source>
        <translation>Göndermek için lütfen giriş yapın; ürünleriniz bu tablette duruyor.</translation>
    </message>
    <message>
        <source>Open the table before sending.</source>
        <translation>Göndermeden önce masayı açın.</translation>
    </message>
    <message>
        <source>The previous send for this table is still on its way. Try again in a moment.</source>
        <translation>Bu masanın önceki gönderimi hâlâ yolda. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>There is no conflict waiting for this table; send again.</source>
        <translation>Bu masa için bekleyen bir çakışma yok; yeniden gönderin.</translation>
    </message>
    <message>
        <source>Not sent, and this tablet could not keep the send. Your items are still in the draft; send again when the connection is back.</source>
        <translation>Gönderilmedi ve bu tablet gönderimi saklayamadı. Ürünleriniz hâlâ taslakta; bağlantı gelince yeniden gönderin.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that this tablet is on the venue&apos;s network.</source>
        <translation>Sunucuya ulaşılamıyor. Bu tabletin işletmenin ağına bağlı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Cannot load the tables: %1</source>
        <translation>Masalar yüklenemiyor: %1</translation>
    </message>
    <message>
        <source>Cannot load the menu: %1</source>
        <translation>Menü yüklenemiyor: %1</translation>
    </message>
    <message>
        <source>Cannot open the table: %1</source>
        <translation>Masa açılamıyor: %1</translation>
    </message>
    <message>
        <source>Could not save on this tablet; the last change may be lost. Check the order.</source>
        <translation>Bu tablete kaydedilemedi; son değişiklik kaybolmuş olabilir. Siparişi kontrol edin.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bunu yapma yetkiniz yok.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>Sunucuda artık yok.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Çok fazla deneme. Daha sonra tekrar deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Çok fazla deneme. %n dakika sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Sunucuya ulaşılamıyor.</translation>
    </message>
    <message>
        <source>The server has a problem right now. Try again in a moment.</source>
        <translation>Sunucuda şu an bir sorun var. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server sent a reply this app cannot read.</source>
        <translation>Sunucu bu uygulamanın okuyamadığı bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>This tablet could not save its data.</source>
        <translation>Bu tablet verilerini kaydedemedi.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed: it is not the one this tablet trusts, so the connection was refused (someone may be pretending to be the server). If the venue really replaced it, a manager must confirm the new fingerprint %1.</source>
        <translation>Sunucunun sertifikası değişti: bu tabletin güvendiği sertifika değil, bu yüzden bağlantı reddedildi (biri sunucu gibi davranıyor olabilir). İşletme sertifikayı gerçekten değiştirdiyse, bir yönetici yeni parmak izini %1 onaylamalı.</translation>
    </message>
    <message>
        <source>(none shown)</source>
        <translation>(gösterilmedi)</translation>
    </message>
    <message>
        <source>This tablet does not know the server&apos;s certificate yet. A manager must confirm its fingerprint %1 (as printed by tablesyncd) before the tablet connects.</source>
        <translation>Bu tablet sunucunun sertifikasını henüz tanımıyor. Tablet bağlanmadan önce bir yönetici parmak izini %1 (tablesyncd&apos;nin yazdığı gibi) onaylamalı.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Sunucu isteği reddetti (%1).</translation>
    </message>
    <message>
        <source>Not sent: sold out now: %1. Remove it from your draft and send again; the rest of your draft is kept.</source>
        <translation>Gönderilmedi: şu an tükendi: %1. Taslağınızdan çıkarıp yeniden gönderin; taslağınızın geri kalanı korunur.</translation>
    </message>
    <message>
        <source>%1 was just sold out, and your unsent draft holds it. Remove it before you send; the rest of your draft is kept.</source>
        <translation>%1 az önce tükendi ve gönderilmemiş taslağınızda var. Göndermeden önce çıkarın; taslağınızın geri kalanı korunur.</translation>
    </message>
    <message>
        <source>Course %1 is on the order but not in the kitchen yet: no connection. Tap “Fire course %1” when the server is back.</source>
        <translation>%1. servis siparişte ama henüz mutfakta değil: bağlantı yok. Sunucu geri geldiğinde “%1. servisi mutfağa gönder”e dokunun.</translation>
    </message>
    <message>
        <source>Course %1 is on the order but not in the kitchen yet: %2 Tap “Fire course %1” to try again.</source>
        <translation>%1. servis siparişte ama henüz mutfakta değil: %2 Yeniden denemek için “%1. servisi mutfağa gönder”e dokunun.</translation>
    </message>
    <message>
        <source>Nothing was voided.</source>
        <translation>Hiçbir şey iptal edilmedi.</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Müdür PIN&apos;i yanlış.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this manager is locked out for now.</source>
        <translation>Çok fazla yanlış PIN: bu müdür şimdilik kilitlendi.</translation>
    </message>
    <message>
        <source>Only a manager&apos;s PIN approves a void.</source>
        <translation>İptali yalnızca bir müdürün PIN&apos;i onaylar.</translation>
    </message>
    <message>
        <source>No connection: a manager&apos;s approval needs the server.</source>
        <translation>Bağlantı yok: müdür onayı için sunucu gerekir.</translation>
    </message>
    <message>
        <source>No approval: %1</source>
        <translation>Onay yok: %1</translation>
    </message>
    <message>
        <source>The line stays on the order.</source>
        <translation>Satır siparişte kalır.</translation>
    </message>
    <message>
        <source>Not voided: the manager&apos;s approval expired or was already used. Ask a manager again.</source>
        <translation>İptal edilmedi: müdür onayının süresi doldu ya da zaten kullanıldı. Müdürden yeniden onay isteyin.</translation>
    </message>
    <message>
        <source>Not sent: the kitchen has a line your draft removes. Void it with a reason and a manager&apos;s approval.</source>
        <translation>Gönderilmedi: taslağınızın çıkardığı bir satır mutfakta. Onu bir nedenle ve müdür onayıyla iptal edin.</translation>
    </message>
    <message>
        <source>Not voided: only a line the kitchen has can be voided, with a reason.</source>
        <translation>İptal edilmedi: yalnızca mutfaktaki bir satır, bir nedenle iptal edilebilir.</translation>
    </message>
    <message>
        <source>Not voided: %1</source>
        <translation>İptal edilmedi: %1</translation>
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
        <translation>Garson</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Çıkarıldı</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Items this waiter put on the order that are still on it</source>
        <translation>Bu garsonun siparişe eklediği ve hâlâ siparişte olan ürünler</translation>
    </message>
    <message numerus="yes">
        <source>In %n line(s) still on the order</source>
        <translation>
            <numerusform>Siparişte hâlâ duran %n satırda</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>What those items sell for at the menu&apos;s prices</source>
        <translation>Bu ürünlerin menü fiyatlarıyla tutarı</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Satış</translation>
    </message>
</context>
</TS>
