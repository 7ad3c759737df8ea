#include "VenueCatalog.h"

#include "ApiClient.h"
#include "BusyOrders.h"

using namespace Qt::Literals::StringLiterals;

VenueCatalog::VenueCatalog(ApiClient& api, BusyOrders& busy)
    : m_api(api)
    , m_busy(busy)
{}

void VenueCatalog::refreshTables()
{
    m_api.tables([this](Result<QList<Table>> tables) {
        Q_EMIT tablesAnswered();
        if (!tables)
            return Q_EMIT readFailed(tables.error(), TabletRequest::Kind::LoadTables);
        Q_EMIT answered();
        m_tables = std::move(tables).value();
        Q_EMIT tablesChanged();
    });
}

void VenueCatalog::refreshTablesQuietly()
{
    m_api.tables([this](Result<QList<Table>> tables) {
        if (!tables)
            return;
        m_tables = std::move(tables).value();
        Q_EMIT tablesChanged();
    });
}

void VenueCatalog::refreshMenu(const QString& language)
{
    m_api.venueMenu(language, [this](Result<MenuReply> menu) {
        if (!menu)
            return Q_EMIT readFailed(menu.error(), TabletRequest::Kind::LoadMenu);
        Q_EMIT answered();
        m_currency = menu->currency;
        m_menu = std::move(menu).value().items;
        Q_EMIT menuChanged();
    });
}

void VenueCatalog::refreshStaff()
{
    m_api.staff([this](Result<QList<Staff>> staff) {
        if (!staff || staff.value() == m_staff)
            return;
        m_staff = std::move(staff).value();
        Q_EMIT staffChanged();
    });
}

void VenueCatalog::openOrder(qint64 orderId)
{
    m_busy.begin(orderId);
    m_api.order(orderId, [this, orderId](Result<Order> order) {
        m_busy.end(orderId);
        if (!order)
            return Q_EMIT readFailed(order.error(), TabletRequest::Kind::OpenTable);
        Q_EMIT answered();
        Q_EMIT orderRead(order.value());
    });
}

void VenueCatalog::setAvailable(const QString& menuItemId, bool available)
{
    for (MenuItem& item : m_menu) {
        if (item.id != menuItemId || item.available == available)
            continue;
        item.available = available;
        Q_EMIT menuChanged();
        Q_EMIT availabilityChanged(menuItemId, available);
        return;
    }
}
