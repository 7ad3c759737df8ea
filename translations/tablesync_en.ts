<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BanquetFireDialog</name>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanquetFireFlow</name>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanquetTablesModel</name>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStatusLine</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown (filtered)</source>
        <translation>
            <numerusform>%1 of %n event shown (filtered)</numerusform>
            <numerusform>%1 of %n events shown (filtered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message numerus="yes">
        <source>%n tickets not printed. %1</source>
        <translation>
            <numerusform>%n ticket not printed. %1</numerusform>
            <numerusform>%n tickets not printed. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitchenView</name>
    <message numerus="yes">
        <source>Bumped (%n)</source>
        <translation>
            <numerusform>Bumped (%n)</numerusform>
            <numerusform>Bumped (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — %n sends waiting</source>
        <translation>
            <numerusform>Offline — %n send waiting</numerusform>
            <numerusform>Offline — %n sends waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — sending %n waiting sends…</source>
        <translation>
            <numerusform>Back online — sending %n waiting send…</numerusform>
            <numerusform>Back online — sending %n waiting sends…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFlow</name>
    <message numerus="yes">
        <source>Course %1 is in the kitchen (%n lines).</source>
        <translation>
            <numerusform>Course %1 is in the kitchen (%n line).</numerusform>
            <numerusform>Course %1 is in the kitchen (%n lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message numerus="yes">
        <source>Not sent yet (%n changes)</source>
        <translation>
            <numerusform>Not sent yet (%n change)</numerusform>
            <numerusform>Not sent yet (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fire course %1 (%n lines)</source>
        <translation>
            <numerusform>Fire course %1 (%n line)</numerusform>
            <numerusform>Fire course %1 (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendResultLine</name>
    <message numerus="yes">
        <source>Sent. The order now has %n lines.</source>
        <translation>
            <numerusform>Sent. The order now has %n line.</numerusform>
            <numerusform>Sent. The order now has %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableGridModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketCardsModel</name>
    <message numerus="yes">
        <source>%1 · %2 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %n min</numerusform>
            <numerusform>%1 · %2 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsentWorkBanner</name>
    <message numerus="yes">
        <source>%1 has %n unsent changes on this tablet; they are sent when they sign in again.</source>
        <translation>
            <numerusform>%1 has %n unsent change on this tablet; it is sent when they sign in again.</numerusform>
            <numerusform>%1 has %n unsent changes on this tablet; they are sent when they sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n changes of %1: “%2”. Logged on this tablet.</source>
        <translation>
            <numerusform>Discarded %n change of %1: “%2”. Logged on this tablet.</numerusform>
            <numerusform>Discarded %n changes of %1: “%2”. Logged on this tablet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaiterMessages</name>
    <message numerus="yes">
        <source>Not sent: an order can hold at most %n lines.</source>
        <translation>
            <numerusform>Not sent: an order can hold at most %n line.</numerusform>
            <numerusform>Not sent: an order can hold at most %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaiterTotalsModel</name>
    <message numerus="yes">
        <source>In %n line(s) still on the order</source>
        <translation>
            <numerusform>In %n line still on the order</numerusform>
            <numerusform>In %n lines still on the order</numerusform>
        </translation>
    </message>
</context>
</TS>
