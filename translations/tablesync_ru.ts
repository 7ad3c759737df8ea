<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BanquetFireButton</name>
    <message>
        <source>Fire a course for many tables…</source>
        <translation>Отправить подачу для многих столов…</translation>
    </message>
</context>
<context>
    <name>BanquetFireDialog</name>
    <message>
        <source>Fire a course for many tables</source>
        <translation>Отправить подачу для многих столов</translation>
    </message>
    <message>
        <source>Banquet: send one course to the kitchen</source>
        <translation>Банкет: отправить одну подачу на кухню</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Все столы</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>Ни одного стола</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Send course %1 to the kitchen: %2 on %3?</source>
        <translation>Отправить подачу %1 на кухню: %2 на %3?</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n столе</numerusform>
            <numerusform>%n столах</numerusform>
            <numerusform>%n столах</numerusform>
        </translation>
    </message>
    <message>
        <source>Fire course %1</source>
        <translation>Отправить подачу %1</translation>
    </message>
    <message>
        <source>Counting the lines of course %1…</source>
        <translation>Считаем позиции подачи %1…</translation>
    </message>
    <message>
        <source>Nothing of course %1 waits on the picked tables.</source>
        <translation>На выбранных столах ничего из подачи %1 не ждёт.</translation>
    </message>
    <message>
        <source>Ready: %1 on %2.</source>
        <translation>Готово: %1 на %2.</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Пока нет</translation>
    </message>
</context>
<context>
    <name>BanquetFireFlow</name>
    <message>
        <source>Course %1 is in the kitchen: %2 on %3.</source>
        <translation>Подача %1 на кухне: %2 на %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n столе</numerusform>
            <numerusform>%n столах</numerusform>
            <numerusform>%n столах</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was fired: %1</source>
        <translation>Ничего не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>BanquetTablesModel</name>
    <message>
        <source>nothing waits</source>
        <translation>ничего не ждёт</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Not yet in the kitchen</source>
        <translation>Ещё не на кухне</translation>
    </message>
</context>
<context>
    <name>BillFlow</name>
    <message>
        <source>Cannot show the bill: %1</source>
        <translation>Не удаётся показать счёт: %1</translation>
    </message>
    <message>
        <source>The order changed after this bill was shown; here is the bill as it stands now. Check it with the guest.</source>
        <translation>Заказ изменился после того, как был показан этот счёт; вот счёт в текущем виде. Проверьте его вместе с гостем.</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Не закрыт: %1</translation>
    </message>
    <message>
        <source>The printer did not take the bill. Check it and try again.</source>
        <translation>Принтер не принял счёт. Проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>Save the bill as PDF</source>
        <translation>Сохранить счёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Место %1</translation>
    </message>
    <message>
        <source>Shared total</source>
        <translation>Итого общее</translation>
    </message>
    <message>
        <source>Seat %1 total</source>
        <translation>Итого место %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>BillPrintout</name>
    <message>
        <source>Bill — %1</source>
        <translation>Счёт — %1</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 each)</source>
        <translation>%1 × %2 (по %3)</translation>
    </message>
</context>
<context>
    <name>BillView</name>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Has the guest paid %1? The table&apos;s order is closed and the table is free again.</source>
        <translation>Гость оплатил %1? Заказ стола будет закрыт, и стол снова станет свободным.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Bill — %1</source>
        <translation>Счёт — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Back to the order</source>
        <translation>Назад к заказу</translation>
    </message>
</context>
<context>
    <name>CertificateConfirmation</name>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Подтвердите сертификат сервера</translation>
    </message>
    <message>
        <source>This tablet has not met this server before. A manager should compare this SHA-256 fingerprint with the one tablesyncd printed:

%1

Trust this server?</source>
        <translation>Этот планшет ещё не подключался к этому серверу. Менеджер должен сравнить этот отпечаток SHA-256 с тем, который вывел tablesyncd:

%1

Доверять этому серверу?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 changed — check before sending</source>
        <translation>%1: заказ изменился — проверьте перед отправкой</translation>
    </message>
    <message>
        <source>Someone else sent to %1 first</source>
        <translation>Кто-то другой успел отправить заказ для %1 раньше вас</translation>
    </message>
    <message>
        <source>&lt;b&gt;+&lt;/b&gt; you add &amp;nbsp;·&amp;nbsp; &lt;b&gt;−&lt;/b&gt; &lt;s&gt;you remove&lt;/s&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;~&lt;/b&gt; you change &amp;nbsp;·&amp;nbsp; “added by …”: another waiter &amp;nbsp;·&amp;nbsp; &lt;b&gt;!&lt;/b&gt; choose</source>
        <translation>&lt;b&gt;+&lt;/b&gt; вы добавляете &amp;nbsp;·&amp;nbsp; &lt;b&gt;−&lt;/b&gt; &lt;s&gt;вы удаляете&lt;/s&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;~&lt;/b&gt; вы изменяете &amp;nbsp;·&amp;nbsp; «добавил(а) …»: другой официант &amp;nbsp;·&amp;nbsp; &lt;b&gt;!&lt;/b&gt; нужно выбрать</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить чужое</translation>
    </message>
    <message>
        <source>Cancel — keep my draft unsent</source>
        <translation>Отмена — черновик остаётся неотправленным</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Подтвердить и отправить</translation>
    </message>
    <message>
        <source>Conflict %1 of %2</source>
        <translation>Конфликт %1 из %2</translation>
    </message>
    <message>
        <source>All conflicts answered</source>
        <translation>Все конфликты решены</translation>
    </message>
    <message>
        <source>Tap a row marked “!” to change an answer.</source>
        <translation>Нажмите на строку с «!», чтобы изменить ответ.</translation>
    </message>
    <message>
        <source>You add: %1 · you remove: %2 · you change: %3. Kept from others: %4.</source>
        <translation>Вы добавляете: %1 · удаляете: %2 · изменяете: %3. Сохранено от других: %4.</translation>
    </message>
    <message>
        <source>To answer: %1.</source>
        <translation>Нужно решить: %1.</translation>
    </message>
    <message>
        <source>%1: you changed it to %2; %3 changed it to %4.</source>
        <translation>%1: вы изменили на «%2», %3 — на «%4».</translation>
    </message>
    <message>
        <source>%1: you removed it; %2 changed it to %3. Keep mine removes it, keep theirs keeps their version.</source>
        <translation>%1: вы удалили, а %2 изменил(а) на «%3». «Оставить моё» удалит позицию, «Оставить чужое» сохранит чужой вариант.</translation>
    </message>
    <message>
        <source>%1: you changed it to %2; %3 removed it. Keep mine puts it back with your change, keep theirs leaves it removed.</source>
        <translation>%1: вы изменили на «%2», а %3 удалил(а). «Оставить моё» вернёт позицию с вашим изменением, «Оставить чужое» оставит её удалённой.</translation>
    </message>
    <message>
        <source>%1 was added twice: yours is %2, the order has %3.</source>
        <translation>%1 добавлено дважды: у вас «%2», в заказе «%3».</translation>
    </message>
    <message>
        <source>qty %1, seat %2</source>
        <translation>кол-во %1, место %2</translation>
    </message>
    <message>
        <source>, note “%1”</source>
        <translation>, примечание «%1»</translation>
    </message>
    <message>
        <source>Understood — leave it as fired</source>
        <translation>Понятно — оставить как отправлено</translation>
    </message>
    <message>
        <source>%1: you changed it to %2, but it went to the kitchen at %3 and can no longer change. To change it, void it and add a new line.</source>
        <translation>%1: вы изменили на %2, но в %3 это ушло на кухню и больше не меняется. Чтобы изменить, аннулируйте позицию и добавьте новую.</translation>
    </message>
    <message>
        <source>, course %1</source>
        <translation>, подача %1</translation>
    </message>
    <message>
        <source>Not sent: a void needs a manager&apos;s approval. Ask a manager, or keep the line.</source>
        <translation>Не отправлено: для сторно нужно одобрение менеджера. Позовите менеджера или оставьте позицию.</translation>
    </message>
    <message>
        <source>Keep it on the order</source>
        <translation>Оставить в заказе</translation>
    </message>
    <message>
        <source>Void it…</source>
        <translation>Сторнировать…</translation>
    </message>
    <message>
        <source>%1: you void it (%2). A manager approves the void when you send.</source>
        <translation>%1: вы сторнируете (%2). Менеджер одобряет сторно при отправке.</translation>
    </message>
    <message>
        <source>%1: you removed it, but it went to the kitchen at %2. Keep it on the order, or void it with a reason and a manager&apos;s approval.</source>
        <translation>%1: вы убрали позицию, но в %2 она ушла на кухню. Оставьте её в заказе или сторнируйте с причиной и одобрением менеджера.</translation>
    </message>
</context>
<context>
    <name>ConflictRowsModel</name>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>on the order (%1)</source>
        <translation>в заказе (%1)</translation>
    </message>
    <message>
        <source>you add</source>
        <translation>вы добавляете</translation>
    </message>
    <message>
        <source>you remove</source>
        <translation>вы удаляете</translation>
    </message>
    <message>
        <source>you change</source>
        <translation>вы изменяете</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>добавил(а) %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>изменил(а) %1</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>удалил(а) %1</translation>
    </message>
    <message>
        <source>conflict with %1: choose</source>
        <translation>конфликт с %1: выберите</translation>
    </message>
    <message>
        <source>conflict: keeping yours</source>
        <translation>конфликт: остаётся ваше</translation>
    </message>
    <message>
        <source>conflict: keeping %1&apos;s</source>
        <translation>конфликт: остаётся вариант %1</translation>
    </message>
    <message>
        <source>another waiter</source>
        <translation>другой официант</translation>
    </message>
    <message>
        <source>in the kitchen since %1 (sent by %2)</source>
        <translation>на кухне с %1 (отправил(а) %2)</translation>
    </message>
    <message>
        <source>not possible: in the kitchen since %1 — a void takes it off</source>
        <translation>невозможно: на кухне с %1 — снять можно только аннулированием</translation>
    </message>
    <message>
        <source>stays as the kitchen has it</source>
        <translation>остаётся как на кухне</translation>
    </message>
    <message>
        <source>void: %1 (a manager approves)</source>
        <translation>сторно: %1 (одобряет менеджер)</translation>
    </message>
    <message>
        <source>in the kitchen since %1: keep it or void it</source>
        <translation>на кухне с %1: оставить или сторнировать</translation>
    </message>
    <message>
        <source>changed by another waiter</source>
        <translation>изменено другим официантом</translation>
    </message>
    <message>
        <source>removed by another waiter</source>
        <translation>удалено другим официантом</translation>
    </message>
    <message>
        <source>conflict with another waiter: choose</source>
        <translation>конфликт с другим официантом: выберите</translation>
    </message>
    <message>
        <source>conflict: keeping the other waiter&apos;s</source>
        <translation>конфликт: остаётся вариант другого официанта</translation>
    </message>
</context>
<context>
    <name>CourseChips</name>
    <message>
        <source>Course</source>
        <translation>Подача</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Подача %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoVenueLaunch</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>The demo needs the venue server tablesyncd, which is not installed next to this app (%1). Install the tablesyncd package, or build it, then start the demo again.</source>
        <translation>Для демо нужен сервер заведения tablesyncd, но он не установлен рядом с этим приложением (%1). Установите пакет tablesyncd или соберите его, затем снова запустите демо.</translation>
    </message>
    <message>
        <source>TableSync demo</source>
        <translation>Демо TableSync</translation>
    </message>
    <message>
        <source>Starting the demo venue server…</source>
        <translation>Запуск демо-сервера заведения…</translation>
    </message>
    <message>
        <source>The demo venue server could not be started: %1</source>
        <translation>Не удалось запустить демо-сервер заведения: %1</translation>
    </message>
    <message>
        <source>The demo venue server stopped before it was ready: %1</source>
        <translation>Демо-сервер заведения остановился, не успев подготовиться: %1</translation>
    </message>
    <message>
        <source>The demo venue server did not get ready in time.</source>
        <translation>Демо-сервер заведения не подготовился вовремя.</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExport</name>
    <message>
        <source>history-venue.csv</source>
        <translation>history-venue.csv</translation>
    </message>
    <message>
        <source>history-%1.csv</source>
        <translation>history-%1.csv</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Экспорт истории в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>Показать события для</translation>
    </message>
    <message>
        <source>Show events of the kind</source>
        <translation>Показать события вида</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All waiters</source>
        <translation>Все официанты</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1&apos;s write was refused: it was based on version %2, but the order was already at version %3. Nothing was lost; the write was merged and sent again or cancelled.</source>
        <translation>Отправка от %1 отклонена: она была сделана по версии %2, а заказ уже был в версии %3. Ничего не потеряно: изменения объединены и отправлены снова или отменены.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Qty before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>⚠ Conflict</source>
        <translation>⚠ Конфликт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Отправлено на кухню</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <source>Order closed</source>
        <translation>Заказ закрыт</translation>
    </message>
    <message>
        <source>Refused: based on v%1</source>
        <translation>Отклонено: основано на в%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Quantity %1, before %2</source>
        <translation>Количество %1, было %2</translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation>Количество %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Order %1, version %2</source>
        <translation>Заказ %1, версия %2</translation>
    </message>
    <message>
        <source>kitchen ticket %1</source>
        <translation>кухонный чек %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>подтвердил(а) %1</translation>
    </message>
    <message>
        <source>void ticket %1</source>
        <translation>чек аннулирования %1</translation>
    </message>
    <message>
        <source>guest changed their mind</source>
        <translation>гость передумал</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>не та позиция</translation>
    </message>
    <message>
        <source>kitchen error</source>
        <translation>ошибка кухни</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>качество</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Этот стол</translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation>Всё заведение</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Totals per waiter on this order</source>
        <translation>Итоги по официантам в этом заказе</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>History of the whole venue, newest first</source>
        <translation>История всего заведения, сначала новые</translation>
    </message>
    <message>
        <source>Open a table to see its history.</source>
        <translation>Откройте стол, чтобы увидеть его историю.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Здесь пока ничего не происходило.</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Нет событий по этим фильтрам.</translation>
    </message>
    <message>
        <source>Tap an event to see all of it here.</source>
        <translation>Нажмите на событие, чтобы увидеть его здесь целиком.</translation>
    </message>
    <message>
        <source>Load earlier</source>
        <translation>Загрузить ранние</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Отмены</translation>
    </message>
</context>
<context>
    <name>HistoryStatusLine</name>
    <message>
        <source>Only managers can see the whole venue&apos;s history.</source>
        <translation>Историю всего заведения видят только менеджеры.</translation>
    </message>
    <message>
        <source>Cannot reach the server. The history shows what was read last; it catches up by itself.</source>
        <translation>Сервер недоступен. История показывает последнее загруженное и обновится сама.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown (filtered)</source>
        <translation>
            <numerusform>Показано %1 из %n события (фильтр)</numerusform>
            <numerusform>Показано %1 из %n событий (фильтр)</numerusform>
            <numerusform>Показано %1 из %n событий (фильтр)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message>
        <source>Could not read the tickets: %1</source>
        <translation>Не удалось прочитать чеки: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was not bumped: %2</source>
        <translation>Чек %1 не закрыт: %2</translation>
    </message>
    <message>
        <source>Sold out was not saved: %1</source>
        <translation>Отметка «закончилось» не сохранена: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets not printed. %1</source>
        <translation>
            <numerusform>%n чек не напечатан. %1</numerusform>
            <numerusform>%n чека не напечатаны. %1</numerusform>
            <numerusform>%n чеков не напечатано. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenView</name>
    <message>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <source>Kitchen — %1</source>
        <translation>Кухня — %1</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Станция:</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Все станции</translation>
    </message>
    <message>
        <source>Sold out…</source>
        <translation>Закончилось…</translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation>Принтеры…</translation>
    </message>
    <message numerus="yes">
        <source>Bumped (%n)</source>
        <translation>
            <numerusform>Готово (%n)</numerusform>
            <numerusform>Готово (%n)</numerusform>
            <numerusform>Готово (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>Повторить печать</translation>
    </message>
    <message>
        <source>No open tickets. New ones appear here by themselves.</source>
        <translation>Открытых чеков нет. Новые появятся здесь сами.</translation>
    </message>
    <message>
        <source>Bumped tickets</source>
        <translation>Готовые чеки</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Перепечатать</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Tap a line to change it</source>
        <translation>Нажмите на строку, чтобы изменить её</translation>
    </message>
    <message>
        <source>%1 is removed in your draft</source>
        <translation>%1: удалено в вашем черновике</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>На одну меньше</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>На одну больше</translation>
    </message>
    <message>
        <source>Previous seat</source>
        <translation>Предыдущее место</translation>
    </message>
    <message>
        <source>Next seat</source>
        <translation>Следующее место</translation>
    </message>
    <message>
        <source>Note, e.g. no onions</source>
        <translation>Примечание, например: без лука</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>%1: in the kitchen since %2 — it cannot change; void it instead.</source>
        <translation>%1: на кухне с %2 — только аннулировать.</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Сторнировать…</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>TableSync</source>
        <translation>TableSync</translation>
    </message>
    <message>
        <source>Sign in to take orders</source>
        <translation>Войдите, чтобы принимать заказы</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Код сотрудника</translation>
    </message>
    <message>
        <source>e.g. ayse</source>
        <translation>например, ayse</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Change server…</source>
        <translation>Сменить сервер…</translation>
    </message>
    <message>
        <source>Type your staff id first.</source>
        <translation>Сначала введите код сотрудника.</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad.</source>
        <translation>Введите PIN-код на клавиатуре.</translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation>Нажмите на своё имя</translation>
    </message>
    <message>
        <source>Or type your staff id</source>
        <translation>Или введите код сотрудника</translation>
    </message>
    <message>
        <source>Tap your name or type your staff id first.</source>
        <translation>Сначала нажмите на своё имя или введите код сотрудника.</translation>
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
        <translation>Обновление…</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Одобрение менеджера</translation>
    </message>
    <message>
        <source>A manager approves this void with their PIN.</source>
        <translation>Менеджер одобряет это сторно своим PIN-кодом.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <source>Add %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>%1 (sold out)</source>
        <translation>%1 (закончилось)</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <translation>%1 закончилось</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — %n sends waiting</source>
        <translation>
            <numerusform>Нет связи — %n заказ ждёт отправки</numerusform>
            <numerusform>Нет связи — %n заказа ждут отправки</numerusform>
            <numerusform>Нет связи — %n заказов ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this tablet</source>
        <translation>Нет связи — изменения сохраняются на этом планшете</translation>
    </message>
    <message numerus="yes">
        <source>Back online — sending %n waiting sends…</source>
        <translation>
            <numerusform>Связь восстановлена — отправляется %n ожидающий заказ…</numerusform>
            <numerusform>Связь восстановлена — отправляются %n ожидающих заказа…</numerusform>
            <numerusform>Связь восстановлена — отправляются %n ожидающих заказов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFlow</name>
    <message>
        <source>No connection. Saved on this tablet; it is sent by itself when the server is back.</source>
        <translation>Нет связи. Сохранено на этом планшете; отправится само, когда сервер снова будет доступен.</translation>
    </message>
    <message>
        <source>Your changes were discarded.</source>
        <translation>Ваши изменения отменены.</translation>
    </message>
    <message>
        <source>Not sent. Your changes are kept on this tablet.</source>
        <translation>Не отправлено. Ваши изменения сохранены на этом планшете.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 is in the kitchen (%n lines).</source>
        <translation>
            <numerusform>Подача %1 на кухне (%n позиция).</numerusform>
            <numerusform>Подача %1 на кухне (%n позиции).</numerusform>
            <numerusform>Подача %1 на кухне (%n позиций).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Change</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не послано</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Новое</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Убрать</translation>
    </message>
    <message>
        <source>~ Change</source>
        <translation>~ Правка</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Подача</translation>
    </message>
    <message>
        <source>On the order</source>
        <translation>В заказе</translation>
    </message>
    <message>
        <source>In the kitchen since %1</source>
        <translation>На кухне с %1</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>‹ Tables</source>
        <translation>‹ Столы</translation>
    </message>
    <message>
        <source>On the order (confirmed)</source>
        <translation>В заказе (подтверждено)</translation>
    </message>
    <message>
        <source>Nothing waiting. Tap a menu item to add it.</source>
        <translation>Ничего не ждёт отправки. Нажмите на блюдо в меню, чтобы добавить его.</translation>
    </message>
    <message>
        <source>Previous seat</source>
        <translation>Предыдущее место</translation>
    </message>
    <message>
        <source>Next seat</source>
        <translation>Следующее место</translation>
    </message>
    <message>
        <source>Add for</source>
        <translation>Добавить для</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>всего стола</translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation>места %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet (%n changes)</source>
        <translation>
            <numerusform>Ещё не отправлено (%n изменение)</numerusform>
            <numerusform>Ещё не отправлено (%n изменения)</numerusform>
            <numerusform>Ещё не отправлено (%n изменений)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Someone else changed this order — your send will show what changed.</source>
        <translation>⚠ Кто-то другой изменил этот заказ — при отправке вы увидите, что изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>Fire course %1 (%n lines)</source>
        <translation>
            <numerusform>Отправить подачу %1 (%n позиция)</numerusform>
            <numerusform>Отправить подачу %1 (%n позиции)</numerusform>
            <numerusform>Отправить подачу %1 (%n позиций)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
</context>
<context>
    <name>OrderVoidsAndBill</name>
    <message>
        <source>A void waiting on this tablet needs a manager&apos;s approval again: the first one expired.</source>
        <translation>Сторно, ожидающее на этом планшете, снова требует одобрения менеджера: первое истекло.</translation>
    </message>
    <message>
        <source>%1× %2 (shared)</source>
        <translation>%1× %2 (общее)</translation>
    </message>
    <message>
        <source>%1× %2, seat %3</source>
        <translation>%1× %2, место %3</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>The printer “%1” was not found.</source>
        <translation>Принтер «%1» не найден.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>The printer “%1” did not take the ticket.</source>
        <translation>Принтер «%1» не принял чек.</translation>
    </message>
    <message>
        <source>Ticket %1 printed, but this tablet could not note it; it may print again after a restart.</source>
        <translation>Чек %1 напечатан, но планшет не смог это запомнить; после перезапуска он может напечататься снова.</translation>
    </message>
</context>
<context>
    <name>SellOutLogModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>раньше</translation>
    </message>
    <message>
        <source>Available again</source>
        <translation>Снова в наличии</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Закончилось</translation>
    </message>
</context>
<context>
    <name>SellOutLogView</name>
    <message>
        <source>Sold out tonight</source>
        <translation>Закончилось сегодня</translation>
    </message>
</context>
<context>
    <name>SendResultLine</name>
    <message numerus="yes">
        <source>Sent. The order now has %n lines.</source>
        <translation>
            <numerusform>Отправлено. Теперь в заказе %n позиция.</numerusform>
            <numerusform>Отправлено. Теперь в заказе %n позиции.</numerusform>
            <numerusform>Отправлено. Теперь в заказе %n позиций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>Venue server</source>
        <translation>Сервер заведения</translation>
    </message>
    <message>
        <source>Address of the venue&apos;s TableSync server:</source>
        <translation>Адрес сервера TableSync в заведении:</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Try e.g. http://10.0.0.5:8080</source>
        <translation>«%1» — не адрес сервера. Пример: http://10.0.0.5:8080</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The demo runs its own server; it cannot be changed.</source>
        <translation>Демо работает со своим сервером; сменить его нельзя.</translation>
    </message>
</context>
<context>
    <name>SoldOutDialog</name>
    <message>
        <source>Sold out</source>
        <translation>Закончилось</translation>
    </message>
    <message>
        <source>Tick what has run out; waiters can no longer add it.</source>
        <translation>Отметьте то, что закончилось; официанты больше не смогут это добавить.</translation>
    </message>
</context>
<context>
    <name>SoldOutModel</name>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (сохраняется…)</translation>
    </message>
    <message>
        <source>Tick when sold out</source>
        <translation>Отметьте, когда закончится</translation>
    </message>
    <message>
        <source>Sold out; untick when back</source>
        <translation>Закончилось; снимите отметку, когда появится</translation>
    </message>
</context>
<context>
    <name>StaffTilesModel</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Войти как %1</translation>
    </message>
</context>
<context>
    <name>StationPrintersDialog</name>
    <message>
        <source>Kitchen printers</source>
        <translation>Кухонные принтеры</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Без принтера</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (не найден)</translation>
    </message>
    <message>
        <source>Station %1:</source>
        <translation>Станция %1:</translation>
    </message>
    <message>
        <source>Each station&apos;s new tickets print on its printer; a failed print is shown and can be retried.</source>
        <translation>Новые чеки каждой станции печатаются на её принтере; неудачная печать показывается, и её можно повторить.</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Спрашивать каждый раз</translation>
    </message>
    <message>
        <source>Guests&apos; bills:</source>
        <translation>Счета гостей:</translation>
    </message>
</context>
<context>
    <name>TableGridModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since you looked</source>
        <translation>изменён с вашего последнего просмотра</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>изменений пока нет</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>свободен</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободен</translation>
    </message>
</context>
<context>
    <name>TableGridView</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Вы вошли как %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Столы</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>★ changed: the order changed since you last opened it</source>
        <translation>★ изменён: заказ изменился с тех пор, как вы его открывали</translation>
    </message>
</context>
<context>
    <name>TableTileDelegate</name>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
</context>
<context>
    <name>TabletCommandLine</name>
    <message>
        <source>TableSync for waiters: take orders on shared tables without losing items.</source>
        <translation>TableSync для официантов: приём заказов за общими столами без потерянных позиций.</translation>
    </message>
    <message>
        <source>The venue&apos;s TableSync server, e.g. http://10.0.0.5:8080 (remembered for next time).</source>
        <translation>Сервер TableSync заведения, например http://10.0.0.5:8080 (запоминается на следующий раз).</translation>
    </message>
    <message>
        <source>Start a demo venue server (tablesyncd, installed next to this app) on a temporary database.</source>
        <translation>Запустить демо-сервер заведения (tablesyncd, установленный рядом с этим приложением) на временной базе данных.</translation>
    </message>
    <message>
        <source>With --demo: open N windows side by side, each signed in as another demo waiter (1-4).</source>
        <translation>С --demo: открыть N окон рядом, в каждом — свой демо-официант (1–4).</translation>
    </message>
    <message>
        <source>Trust the https server whose certificate has this SHA-256 fingerprint, as tablesyncd printed it (remembered for next time).</source>
        <translation>Доверять https-серверу, сертификат которого имеет этот отпечаток SHA-256, как его вывел tablesyncd (запоминается).</translation>
    </message>
    <message>
        <source>tablesync takes options only; it does not know “%1”.</source>
        <translation>tablesync принимает только параметры; «%1» ему неизвестно.</translation>
    </message>
    <message>
        <source>--waiters needs --demo.</source>
        <translation>--waiters работает только с --demo.</translation>
    </message>
    <message>
        <source>--waiters must be a number from 1 to %1.</source>
        <translation>--waiters должно быть числом от 1 до %1.</translation>
    </message>
    <message>
        <source>--demo runs its own server; leave out --server.</source>
        <translation>--demo запускает свой сервер; уберите --server.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>«%1» — не адрес сервера.</translation>
    </message>
    <message>
        <source>--pin-cert must be a SHA-256 fingerprint: 64 hex digits, colons allowed, such as tablesyncd printed.</source>
        <translation>--pin-cert должен быть отпечатком SHA-256: 64 шестнадцатеричные цифры, двоеточия допускаются, как выводит tablesyncd.</translation>
    </message>
    <message>
        <source>With --demo: also open a kitchen display, signed in as the demo chef, next to the waiters.</source>
        <translation>С --demo: открыть рядом с официантами и кухонный экран, вошедший как демо-повар.</translation>
    </message>
    <message>
        <source>Print kitchen tickets on this printer where a station has none chosen in the kitchen display&apos;s settings.</source>
        <translation>Печатать кухонные чеки на этом принтере, если для станции в настройках кухонного экрана принтер не выбран.</translation>
    </message>
    <message>
        <source>--kitchen needs --demo; a venue&apos;s kitchen display signs in with a kitchen login.</source>
        <translation>--kitchen требует --demo; кухонный экран заведения входит под кухонной учётной записью.</translation>
    </message>
    <message>
        <source>--printer needs the name of a printer.</source>
        <translation>--printer требует имя принтера.</translation>
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
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>TicketCardDelegate</name>
    <message>
        <source>VOID</source>
        <translation>ОТМЕНА</translation>
    </message>
</context>
<context>
    <name>TicketCardsModel</name>
    <message>
        <source>VOID</source>
        <translation>ОТМЕНА</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Tap to bump</source>
        <translation>Нажмите, чтобы закрыть</translation>
    </message>
    <message>
        <source>Select to recall or reprint</source>
        <translation>Выберите, чтобы вернуть или перепечатать</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Место %1</translation>
    </message>
    <message>
        <source>%1 · Course %2</source>
        <translation>%1 · Подача %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %n мин</numerusform>
            <numerusform>%1 · %2 · %n мин</numerusform>
            <numerusform>%1 · %2 · %n мин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPrintout</name>
    <message>
        <source>REPRINT</source>
        <translation>ПОВТОРНАЯ ПЕЧАТЬ</translation>
    </message>
    <message>
        <source>VOID — DO NOT COOK</source>
        <translation>ОТМЕНА — НЕ ГОТОВИТЬ</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Подача %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Место %1</translation>
    </message>
    <message>
        <source>NOTE: %1</source>
        <translation>ПРИМЕЧАНИЕ: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Waiter: %1</source>
        <translation>Официант: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Чек %1</translation>
    </message>
</context>
<context>
    <name>UnsentWorkBanner</name>
    <message>
        <source>Only a manager signed in on this tablet can discard it.</source>
        <translation>Удалить её может только менеджер, вошедший на этом планшете.</translation>
    </message>
    <message>
        <source>Nothing of theirs is left to discard.</source>
        <translation>Удалять больше нечего.</translation>
    </message>
    <message>
        <source>Say why the work is discarded (at most %1 characters).</source>
        <translation>Укажите, почему работа удаляется (не более %1 символов).</translation>
    </message>
    <message>
        <source>This tablet could not discard it; nothing was changed.</source>
        <translation>Планшет не смог её удалить; ничего не изменено.</translation>
    </message>
    <message>
        <source>A waiter this tablet cannot name</source>
        <translation>Официант, которого планшет не может назвать,</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsent changes on this tablet; they are sent when they sign in again.</source>
        <translation>
            <numerusform>%1: на этом планшете %n неотправленное изменение; оно будет отправлено при следующем входе.</numerusform>
            <numerusform>%1: на этом планшете %n неотправленных изменения; они будут отправлены при следующем входе.</numerusform>
            <numerusform>%1: на этом планшете %n неотправленных изменений; они будут отправлены при следующем входе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard %1&apos;s work…</source>
        <translation>Удалить работу: %1…</translation>
    </message>
    <message>
        <source>Why is it discarded?</source>
        <translation>Почему её удаляют?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n changes of %1: “%2”. Logged on this tablet.</source>
        <translation>
            <numerusform>Удалено %n изменение (%1): «%2». Записано в журнал планшета.</numerusform>
            <numerusform>Удалено %n изменения (%1): «%2». Записано в журнал планшета.</numerusform>
            <numerusform>Удалено %n изменений (%1): «%2». Записано в журнал планшета.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a line</source>
        <translation>Сторнировать позицию</translation>
    </message>
    <message>
        <source>Void %1? The kitchen has it. Why does it come off?</source>
        <translation>Сторнировать %1? Кухня уже готовит это. Почему позицию снимают?</translation>
    </message>
    <message>
        <source>Note (needed for “Other reason”)</source>
        <translation>Примечание (нужно для «Другая причина»)</translation>
    </message>
    <message>
        <source>e.g. guest allergic to nuts</source>
        <translation>напр. у гостя аллергия на орехи</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Сторнировать</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>VoidFilterBar</name>
    <message>
        <source>Show the voids for the reason</source>
        <translation>Показать отмены по причине</translation>
    </message>
    <message>
        <source>Show the voids of</source>
        <translation>Показать отмены сотрудника</translation>
    </message>
    <message>
        <source>Show the voids approved by</source>
        <translation>Показать отмены, одобренные</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Все причины</translation>
    </message>
    <message>
        <source>All waiters</source>
        <translation>Все официанты</translation>
    </message>
    <message>
        <source>All approvers</source>
        <translation>Все одобрившие</translation>
    </message>
</context>
<context>
    <name>VoidReasons</name>
    <message>
        <source>Guest changed their mind</source>
        <translation>Гость передумал</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Не то блюдо</translation>
    </message>
    <message>
        <source>Kitchen error</source>
        <translation>Ошибка кухни</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
</context>
<context>
    <name>VoidReportModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Блюдо</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрил</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Отменено</translation>
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
        <translation>Отмены по причине, официанту и одобрившему</translation>
    </message>
    <message>
        <source>No voids here yet.</source>
        <translation>Здесь пока нет отмен.</translation>
    </message>
    <message>
        <source>No voids match these filters.</source>
        <translation>Нет отмен, подходящих под эти фильтры.</translation>
    </message>
</context>
<context>
    <name>VoidTotalsModel</name>
    <message>
        <source>Per</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Отмены</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>Отменил</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Одобрил</translation>
    </message>
</context>
<context>
    <name>VoidedLinesModel</name>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Voided, approved by %1</source>
        <translation>Сторнировано, одобрил(а) %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Voided item</source>
        <translation>Сторнированная позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Одобрение</translation>
    </message>
</context>
<context>
    <name>WaiterMessages</name>
    <message>
        <source>the quantity must be between 1 and %1.</source>
        <translation>количество должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>the seat number is not one of this table&apos;s seats.</source>
        <translation>за этим столом нет места с таким номером.</translation>
    </message>
    <message>
        <source>the note is too long (at most %1 characters).</source>
        <translation>примечание слишком длинное (не больше %1 символов).</translation>
    </message>
    <message>
        <source>this item is no longer on the menu; remove it and pick another.</source>
        <translation>этого блюда больше нет в меню; удалите его и выберите другое.</translation>
    </message>
    <message>
        <source>the line is damaged; remove it and add it again.</source>
        <translation>строка повреждена; удалите её и добавьте заново.</translation>
    </message>
    <message>
        <source>it was refused (%1).</source>
        <translation>отклонено (%1).</translation>
    </message>
    <message>
        <source>Your items are kept on this tablet.</source>
        <translation>Ваши позиции сохранены на этом планшете.</translation>
    </message>
    <message>
        <source>You are not allowed to change this order.</source>
        <translation>У вас нет прав изменять этот заказ.</translation>
    </message>
    <message>
        <source>This order no longer exists. Open the table again.</source>
        <translation>Этого заказа больше нет. Откройте стол заново.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Line %1 (%2, seat %3)</source>
        <translation>Строка %1 (%2, место %3)</translation>
    </message>
    <message>
        <source>Not sent: %1: %2</source>
        <translation>Не отправлено: %1: %2</translation>
    </message>
    <message>
        <source>Not sent: the server refused the request (%1).</source>
        <translation>Не отправлено: сервер отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Not sent: this table&apos;s bill has already been closed. Your items are kept in the draft; open the table again to add them to its new order.</source>
        <translation>Не отправлено: счёт этого стола уже закрыт. Ваши позиции остались в черновике; откройте стол заново, чтобы добавить их в новый заказ.</translation>
    </message>
    <message>
        <source>Wrong staff id or PIN. Please try again.</source>
        <translation>Неверный код сотрудника или PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>Не удаётся войти: %1</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again; your items are kept on this tablet.</source>
        <translation>Сеанс истёк. Войдите снова; ваши позиции сохранены на этом планшете.</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation>Сеанс истёк. Войдите снова.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: an order can hold at most %n lines.</source>
        <translation>
            <numerusform>Не отправлено: в заказе может быть не больше %n строки.</numerusform>
            <numerusform>Не отправлено: в заказе может быть не больше %n строк.</numerusform>
            <numerusform>Не отправлено: в заказе может быть не больше %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please log in to send; your items are kept on this tablet.</source>
        <translation>Войдите, чтобы отправить; ваши позиции сохранены на этом планшете.</translation>
    </message>
    <message>
        <source>Open the table before sending.</source>
        <translation>Сначала откройте стол, затем отправляйте.</translation>
    </message>
    <message>
        <source>The previous send for this table is still on its way. Try again in a moment.</source>
        <translation>Предыдущая отправка для этого стола ещё в пути. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>There is no conflict waiting for this table; send again.</source>
        <translation>Для этого стола нет ожидающего конфликта; отправьте ещё раз.</translation>
    </message>
    <message>
        <source>Not sent, and this tablet could not keep the send. Your items are still in the draft; send again when the connection is back.</source>
        <translation>Не отправлено, и планшет не смог сохранить отправку. Ваши позиции остались в черновике; отправьте ещё раз, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that this tablet is on the venue&apos;s network.</source>
        <translation>Сервер недоступен. Проверьте, что планшет подключён к сети заведения.</translation>
    </message>
    <message>
        <source>Cannot load the tables: %1</source>
        <translation>Не удаётся загрузить столы: %1</translation>
    </message>
    <message>
        <source>Cannot load the menu: %1</source>
        <translation>Не удаётся загрузить меню: %1</translation>
    </message>
    <message>
        <source>Cannot open the table: %1</source>
        <translation>Не удаётся открыть стол: %1</translation>
    </message>
    <message>
        <source>Could not save on this tablet; the last change may be lost. Check the order.</source>
        <translation>Не удалось сохранить на этом планшете; последнее изменение могло потеряться. Проверьте заказ.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>Этого больше нет на сервере.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Слишком много попыток. Попробуйте позже.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Слишком много попыток. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>The server has a problem right now. Try again in a moment.</source>
        <translation>На сервере сейчас неполадка. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The server sent a reply this app cannot read.</source>
        <translation>Сервер прислал ответ, который это приложение не может прочитать.</translation>
    </message>
    <message>
        <source>This tablet could not save its data.</source>
        <translation>Планшет не смог сохранить свои данные.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed: it is not the one this tablet trusts, so the connection was refused (someone may be pretending to be the server). If the venue really replaced it, a manager must confirm the new fingerprint %1.</source>
        <translation>Сертификат сервера изменился: это не тот сертификат, которому доверяет планшет, поэтому соединение отклонено (кто-то может выдавать себя за сервер). Если заведение действительно его заменило, менеджер должен подтвердить новый отпечаток %1.</translation>
    </message>
    <message>
        <source>(none shown)</source>
        <translation>(не показан)</translation>
    </message>
    <message>
        <source>This tablet does not know the server&apos;s certificate yet. A manager must confirm its fingerprint %1 (as printed by tablesyncd) before the tablet connects.</source>
        <translation>Планшет ещё не знает сертификат сервера. Прежде чем планшет подключится, менеджер должен подтвердить его отпечаток %1 (как его вывел tablesyncd).</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Сервер отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>Not sent: sold out now: %1. Remove it from your draft and send again; the rest of your draft is kept.</source>
        <translation>Не отправлено: сейчас закончилось: %1. Уберите это из черновика и отправьте снова; остальной черновик сохранён.</translation>
    </message>
    <message>
        <source>%1 was just sold out, and your unsent draft holds it. Remove it before you send; the rest of your draft is kept.</source>
        <translation>%1 только что закончилось, а в вашем неотправленном черновике оно есть. Уберите его перед отправкой; остальной черновик сохранён.</translation>
    </message>
    <message>
        <source>Course %1 is on the order but not in the kitchen yet: no connection. Tap “Fire course %1” when the server is back.</source>
        <translation>Подача %1 в заказе, но ещё не на кухне: нет связи. Нажмите «Отправить подачу %1», когда сервер снова будет доступен.</translation>
    </message>
    <message>
        <source>Course %1 is on the order but not in the kitchen yet: %2 Tap “Fire course %1” to try again.</source>
        <translation>Подача %1 в заказе, но ещё не на кухне: %2 Нажмите «Отправить подачу %1», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Nothing was voided.</source>
        <translation>Ничего не сторнировано.</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Неверный PIN-код менеджера.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this manager is locked out for now.</source>
        <translation>Слишком много неверных PIN-кодов: этот менеджер пока заблокирован.</translation>
    </message>
    <message>
        <source>Only a manager&apos;s PIN approves a void.</source>
        <translation>Сторно одобряет только PIN-код менеджера.</translation>
    </message>
    <message>
        <source>No connection: a manager&apos;s approval needs the server.</source>
        <translation>Нет соединения: для одобрения менеджера нужен сервер.</translation>
    </message>
    <message>
        <source>No approval: %1</source>
        <translation>Нет одобрения: %1</translation>
    </message>
    <message>
        <source>The line stays on the order.</source>
        <translation>Позиция остаётся в заказе.</translation>
    </message>
    <message>
        <source>Not voided: the manager&apos;s approval expired or was already used. Ask a manager again.</source>
        <translation>Не сторнировано: одобрение менеджера истекло или уже использовано. Попросите менеджера снова.</translation>
    </message>
    <message>
        <source>Not sent: the kitchen has a line your draft removes. Void it with a reason and a manager&apos;s approval.</source>
        <translation>Не отправлено: на кухне есть позиция, которую ваш черновик убирает. Сторнируйте её с причиной и одобрением менеджера.</translation>
    </message>
    <message>
        <source>Not voided: only a line the kitchen has can be voided, with a reason.</source>
        <translation>Не сторнировано: сторнировать можно только позицию, которая уже на кухне, с причиной.</translation>
    </message>
    <message>
        <source>Not voided: %1</source>
        <translation>Не сторнировано: %1</translation>
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
        <translation>Официант</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Items this waiter put on the order that are still on it</source>
        <translation>Товары этого официанта, которые всё ещё в заказе</translation>
    </message>
    <message numerus="yes">
        <source>In %n line(s) still on the order</source>
        <translation>
            <numerusform>В %n позиции, которая всё ещё в заказе</numerusform>
            <numerusform>В %n позициях, которые всё ещё в заказе</numerusform>
            <numerusform>В %n позициях, которые всё ещё в заказе</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Штук</translation>
    </message>
    <message>
        <source>What those items sell for at the menu&apos;s prices</source>
        <translation>Стоимость этих блюд по ценам меню</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
</context>
</TS>
