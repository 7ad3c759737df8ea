#include "PageQuery.h"

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> PageQuery::wholeNumber(const QString& text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 0 || QString::number(number) != text)
        return std::nullopt;
    return number;
}

Result<PageQuery> PageQuery::read(const QUrlQuery& query, const QString& sinceIs)
{
    PageQuery page;
    if (query.hasQueryItem(u"since"_s)) {
        const std::optional<qint64> since = wholeNumber(query.queryItemValue(u"since"_s));
        if (!since)
            return ApiError::invalid(u"since"_s, u"since must be %1, 0 or more."_s.arg(sinceIs));
        page.since = *since;
    }
    if (query.hasQueryItem(u"limit"_s)) {
        const std::optional<qint64> limit = wholeNumber(query.queryItemValue(u"limit"_s));
        if (!limit || *limit < 1 || *limit > maxLimit)
            return ApiError::invalid(u"limit"_s,
                                     u"limit must be a whole number from 1 to %1."_s.arg(maxLimit));
        page.limit = int(*limit);
    }
    return page;
}
