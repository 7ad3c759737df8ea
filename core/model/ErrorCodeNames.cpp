#include "ErrorCodeNames.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Name
{
    ErrorCode code;
    QStringView wire;
};

// One row per code but Unknown, in declaration order.
constexpr std::array names{
    Name{ErrorCode::InvalidCredentials, u"invalid_credentials"},
    Name{ErrorCode::TooManyAttempts, u"too_many_attempts"},
    Name{ErrorCode::Unauthorized, u"unauthorized"},
    Name{ErrorCode::Forbidden, u"forbidden"},
    Name{ErrorCode::NotFound, u"not_found"},
    Name{ErrorCode::MethodNotAllowed, u"method_not_allowed"},
    Name{ErrorCode::PreconditionRequired, u"precondition_required"},
    Name{ErrorCode::VersionConflict, u"version_conflict"},
    Name{ErrorCode::OrderClosed, u"order_closed"},
    Name{ErrorCode::InvalidRequest, u"invalid_request"},
    Name{ErrorCode::ItemUnavailable, u"item_unavailable"},
    Name{ErrorCode::LineFired, u"line_fired"},
    Name{ErrorCode::VoidRequired, u"void_required"},
    Name{ErrorCode::ApprovalRequired, u"approval_required"},
    Name{ErrorCode::PayloadTooLarge, u"payload_too_large"},
    Name{ErrorCode::UnsupportedMediaType, u"unsupported_media_type"},
    Name{ErrorCode::RequestTimeout, u"request_timeout"},
    Name{ErrorCode::TooManyRequests, u"too_many_requests"},
    Name{ErrorCode::HeadersTooLarge, u"headers_too_large"},
    Name{ErrorCode::ServiceUnavailable, u"service_unavailable"},
    Name{ErrorCode::StoreUnavailable, u"store_unavailable"},
    Name{ErrorCode::UpgradeRequired, u"upgrade_required"},
    Name{ErrorCode::InternalError, u"internal_error"},
    Name{ErrorCode::NotOpen, u"not_open"},
    Name{ErrorCode::AlreadyListening, u"already_listening"},
    Name{ErrorCode::ListenFailed, u"listen_failed"},
    Name{ErrorCode::InvalidOption, u"invalid_option"},
    Name{ErrorCode::TlsSetup, u"tls_setup"},
    Name{ErrorCode::TlsInit, u"tls_init"},
    Name{ErrorCode::StorageError, u"storage_error"},
    Name{ErrorCode::InvalidSetting, u"invalid_setting"},
    Name{ErrorCode::InvalidDatabase, u"invalid_database"},
    Name{ErrorCode::InvalidPin, u"invalid_pin"},
    Name{ErrorCode::StaffExists, u"staff_exists"},
    Name{ErrorCode::InvalidMenu, u"invalid_menu"},
    Name{ErrorCode::Unreadable, u"unreadable"},
    Name{ErrorCode::BadUsage, u"bad_usage"},
    Name{ErrorCode::Unreachable, u"unreachable"},
    Name{ErrorCode::BadReply, u"bad_reply"},
    Name{ErrorCode::HttpStatus, u"http_status"},
    Name{ErrorCode::CertificateChanged, u"certificate_changed"},
    Name{ErrorCode::CertificateUnconfirmed, u"certificate_unconfirmed"},
    Name{ErrorCode::LocalStorage, u"local_storage"},
    Name{ErrorCode::OrderNotOpen, u"order_not_open"},
    Name{ErrorCode::SendInFlight, u"send_in_flight"},
    Name{ErrorCode::NotLoggedIn, u"not_logged_in"},
    Name{ErrorCode::NoConflictPending, u"no_conflict_pending"},
    Name{ErrorCode::ExportFailed, u"export_failed"},
    Name{ErrorCode::HarnessFailed, u"harness_failed"},
};

static_assert(names.size() == std::size_t(ErrorCode::Unknown), "one name per ErrorCode");
constexpr bool inDeclarationOrder()
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (std::size_t(names[i].code) != i)
            return false;
    }
    return true;
}
// wireName() indexes the table by the code.
static_assert(inDeclarationOrder());

} // namespace

QString ErrorCodeNames::wireName(ErrorCode code)
{
    const auto index = std::size_t(code);
    return index < names.size() ? names[index].wire.toString() : u"unknown"_s;
}

ErrorCode ErrorCodeNames::fromWire(QStringView name)
{
    // Servers released before 2026-12 sent this spelling; their tablets still meet them.
    if (name == u"request_header_fields_too_large")
        return ErrorCode::HeadersTooLarge;
    const auto found =
        std::ranges::find_if(names, [name](const Name& row) { return row.wire == name; });
    return found == names.end() ? ErrorCode::Unknown : found->code;
}

QList<ErrorCode> ErrorCodeNames::all()
{
    QList<ErrorCode> codes;
    codes.reserve(qsizetype(names.size()));
    for (const Name& name : names)
        codes.append(name.code);
    return codes;
}
