#pragma once

// What went wrong, as a value: the error codes of api-v1.md first, then the codes this program
// gives failures that never travel as an api-v1 error reply. ErrorCodeNames spells them.
enum class ErrorCode {
    // --- api-v1.md: the "error" of an error reply -------------------------------------------
    InvalidCredentials,
    TooManyAttempts,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    PreconditionRequired,
    VersionConflict,
    OrderClosed,
    InvalidRequest,
    ItemUnavailable,
    LineFired,
    VoidRequired,
    ApprovalRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
    RequestTimeout,
    TooManyRequests,
    HeadersTooLarge,
    ServiceUnavailable,
    StoreUnavailable,
    UpgradeRequired,
    // Answered with 500 when the server itself fails; the contract does not list it.
    InternalError,

    // --- internal: never an api-v1 error reply ------------------------------------------------
    // tablesyncd and its admin commands
    NotOpen,
    AlreadyListening,
    ListenFailed,
    InvalidOption,
    TlsSetup,
    TlsInit,
    StorageError,
    InvalidSetting,
    InvalidDatabase,
    InvalidPin,
    StaffExists,
    InvalidMenu,
    Unreadable,
    BadUsage,
    // the tablet
    Unreachable,
    BadReply,
    HttpStatus,
    CertificateChanged,
    CertificateUnconfirmed,
    LocalStorage,
    OrderNotOpen,
    SendInFlight,
    NotLoggedIn,
    NoConflictPending,
    ExportFailed,
    // tests and benchmarks
    HarnessFailed,

    // A code this build does not know (a newer server's); ApiError::unknownCode keeps it.
    Unknown,
};
