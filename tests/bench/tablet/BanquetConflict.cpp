#include "BanquetConflict.h"

#include "merge/Rebase.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int menuSize = 40;
constexpr int eachSideAdds = 12;
constexpr int theirRemoves = 2;

const QStringList& waiters()
{
    static const QStringList ids{u"ayse"_s, u"mehmet"_s, u"elif"_s, u"can"_s};
    return ids;
}

Line line(int number, const QString& by)
{
    Line made;
    made.lineId = u"0000%1-line-4000-8000-banquet"_s.arg(number, 4, 10, QChar(u'0'));
    made.menuItemId = u"dish-%1"_s.arg(number % menuSize);
    made.qty = 1 + number % 3;
    made.seat = 1 + number % 12;
    if (number % 7 == 0)
        made.note = u"no onions"_s;
    made.addedBy = by;
    made.addedAt = 1'700'000'000'000 + number;
    return made;
}

Event event(Event::Kind kind, const Line& changed, qint64 version)
{
    Event made;
    made.kind = kind;
    made.lineId = changed.lineId;
    made.menuItemId = changed.menuItemId;
    made.qty = changed.qty;
    made.version = version;
    made.author = u"mehmet"_s;
    return made;
}

} // namespace

BanquetConflict BanquetConflict::make(int currentLines)
{
    BanquetConflict made;
    for (int i = 0; i < menuSize; ++i)
        made.itemNames.insert(u"dish-%1"_s.arg(i), u"Banquet dish %1"_s.arg(i));
    made.staffNames = {{u"ayse"_s, u"Ayşe"_s},
                       {u"mehmet"_s, u"Mehmet"_s},
                       {u"elif"_s, u"Elif"_s},
                       {u"can"_s, u"Can"_s}};

    const int baseLines = std::max(currentLines, 100) - eachSideAdds + theirRemoves;
    Lines base;
    for (int i = 0; i < baseLines; ++i)
        base.append(line(i, waiters().at(i % waiters().size())));

    // Mehmet, meanwhile: changes six lines, removes two, adds a dozen.
    Lines theirs = base;
    QList<Event> events;
    qint64 version = 2;
    for (int i = 30; i < 36; ++i) {
        theirs[i].qty += 1;
        events.append(event(Event::Kind::Change, theirs[i], version++));
    }
    for (const int i : {20, 10}) {
        events.append(event(Event::Kind::Remove, theirs[i], version++));
        theirs.removeAt(i);
    }
    for (int i = 0; i < eachSideAdds; ++i) {
        theirs.append(line(10'000 + i, u"mehmet"_s));
        events.append(event(Event::Kind::Add, theirs.last(), version++));
    }

    // Ayşe's stale draft: a dozen new lines, three changes nobody else made, two removals, and
    // four collisions with Mehmet (both changed 30 and 31, she removed 32 that he changed, she
    // changed 10 that he removed).
    Lines mine = base;
    for (const int i : {50, 51, 52})
        mine[i].note = u"allergy: nuts"_s;
    mine[30].qty += 2;
    mine[31].seat += 1;
    mine[10].qty += 3;
    for (const int i : {41, 40, 32})
        mine.removeAt(i);
    for (int i = 0; i < eachSideAdds; ++i)
        mine.append(line(20'000 + i, {}));

    made.decision = rebase(base, mine, theirs);
    made.theirEvents = events;
    return made;
}
