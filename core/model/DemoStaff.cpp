#include "DemoStaff.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

const QList<DemoStaff::Member>& DemoStaff::members()
{
    static const QList<Member> staff{
        {{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter}, u"1111"_s},
        {{u"mehmet"_s, u"Mehmet"_s, Staff::Role::Waiter}, u"2222"_s},
        {{u"elif"_s, u"Elif"_s, Staff::Role::Waiter}, u"3333"_s},
        {{u"can"_s, u"Can"_s, Staff::Role::Waiter}, u"4444"_s},
        {{u"selin"_s, u"Selin"_s, Staff::Role::Manager}, u"9999"_s},
        {{u"chef"_s, u"Chef"_s, Staff::Role::Kitchen}, u"5555"_s},
    };
    return staff;
}

QList<DemoStaff::Member> DemoStaff::waiters()
{
    QList<Member> found;
    std::copy_if(members().cbegin(), members().cend(), std::back_inserter(found),
                 [](const Member& member) { return member.staff.role == Staff::Role::Waiter; });
    return found;
}

QString DemoStaff::pin(const QString& staffId)
{
    const auto member =
        std::find_if(members().cbegin(), members().cend(),
                     [&staffId](const Member& candidate) { return candidate.staff.id == staffId; });
    return member == members().cend() ? QString() : member->pin;
}
