#pragma once

#include "merge/Rebase.h"
#include "model/Event.h"

#include <QHash>

// One stale send with every kind of row the conflict dialog shows. Ayşe's base had five lines;
// meanwhile Mehmet added one, changed two and removed one. Ayşe adds, removes, changes a line
// nobody else touched, and collides with Mehmet on two lines.
struct KnownConflict
{
    Lines base;
    Lines mine;
    Lines theirs;
    QList<Event> events;
    RebaseDecision decision;

    static Line line(const char16_t* id, const char16_t* item, int seat, int qty,
                     const char16_t* by, const QString& note = {})
    {
        return Line{QString::fromUtf16(id),
                    QString::fromUtf16(item),
                    qty,
                    seat,
                    note,
                    QString::fromUtf16(by),
                    0};
    }

    static Event event(Event::Kind kind, const char16_t* lineId, qint64 version)
    {
        Event e;
        e.kind = kind;
        e.lineId = QString::fromUtf16(lineId);
        e.version = version;
        e.author = QStringLiteral("mehmet");
        return e;
    }

    KnownConflict()
    {
        base = {line(u"b1", u"soup", 1, 1, u"ayse"), line(u"b2", u"kebab", 2, 1, u"mehmet"),
                line(u"b3", u"ayran", 3, 1, u"elif"), line(u"b4", u"salad", 4, 1, u"elif"),
                line(u"b5", u"soup", 5, 1, u"elif")};
        mine = base;
        mine[0].qty = 3;                               // conflict: Mehmet made it 2
        mine[3].qty = 2;                               // only Ayşe touched b4
        mine.removeAt(4);                              // conflict: Mehmet changed b5's note
        mine.removeAt(2);                              // only Ayşe touched b3
        mine.append(line(u"m1", u"kebab", 6, 1, u"")); // Ayşe's new line
        theirs = base;
        theirs[0].qty = 2;
        theirs[4].note = QStringLiteral("no salt");
        theirs.removeAt(1); // Mehmet removed b2
        theirs.append(line(u"t1", u"soup", 7, 1, u"mehmet"));
        events = {event(Event::Kind::Add, u"t1", 2), event(Event::Kind::Change, u"b1", 2),
                  event(Event::Kind::Change, u"b5", 3), event(Event::Kind::Remove, u"b2", 4)};
        decision = rebase(base, mine, theirs);
    }

    // Ayşe changed b1 and removed b4 while Mehmet sent b1, b4 and b5 to the kitchen.
    static RebaseDecision firedMeanwhile(qint64 firedAt)
    {
        KnownConflict known;
        Lines mine = known.base;
        mine[0].qty = 3;
        mine.removeAt(3);
        Lines theirs = known.base;
        for (const int i : {0, 3, 4}) {
            theirs[i].state = Line::State::Fired;
            theirs[i].firedAt = firedAt;
        }
        return rebase(known.base, mine, theirs);
    }

    static QHash<QString, QString> itemNames()
    {
        return {{QStringLiteral("soup"), QStringLiteral("Lentil soup")},
                {QStringLiteral("kebab"), QStringLiteral("Adana kebab")},
                {QStringLiteral("ayran"), QStringLiteral("Ayran")},
                {QStringLiteral("salad"), QStringLiteral("Shepherd's salad")}};
    }

    static QHash<QString, QString> staffNames()
    {
        return {{QStringLiteral("mehmet"), QStringLiteral("Mehmet")},
                {QStringLiteral("ayse"), QStringLiteral("Ayşe")}};
    }
};
