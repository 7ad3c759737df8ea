#pragma once

// Where one line of a draft stands: not sent / waiting in the outbox / in the authoritative order.
enum class LineSyncState { Local, Queued, Confirmed };
