#include "DraftEditor.h"

#include "merge/Diff.h"
#include "model/Clock.h"
#include "Outbox.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

bool sameLine(const Line* a, const Line* b)
{
    if (!a || !b)
        return a == b;
    return a->sameContent(*b);
}

} // namespace

DraftEditor::DraftEditor(DraftStore& drafts, const Outbox& outbox, Clock& clock)
    : m_drafts(drafts)
    , m_outbox(outbox)
    , m_clock(clock)
{}

std::optional<Order> DraftEditor::base(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return std::nullopt;
    return entry->base;
}

Lines DraftEditor::draft(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    return entry ? entry->draft : Lines{};
}

LineChanges DraftEditor::pendingChanges(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    return entry ? diff(entry->base.items, entry->draft) : LineChanges{};
}

LineSyncState DraftEditor::lineState(qint64 orderId, const QString& lineId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return LineSyncState::Local;
    const Line* inDraft = findLine(entry->draft, lineId);
    if (sameLine(inDraft, entry->base.findLine(lineId)))
        return LineSyncState::Confirmed;
    // Pending here; queued when the waiting send would leave the line exactly as the draft has it.
    if (const std::optional<OutboxEntry> waiting = m_outbox.find(orderId, m_drafts.owner());
        waiting && sameLine(inDraft, findLine(waiting->draft, lineId))) {
        return LineSyncState::Queued;
    }
    return LineSyncState::Local;
}

bool DraftEditor::save(const Order& base, const Lines& draft)
{
    return save(m_drafts.owner(), base, draft);
}

bool DraftEditor::save(const QString& staffId, const Order& base, const Lines& draft)
{
    if (Result<void> saved = m_drafts.save(staffId, base, draft); !saved) {
        Q_EMIT saveFailed(saved.error());
        return false;
    }
    Q_EMIT draftChanged(base.id);
    return true;
}

QString DraftEditor::addLine(qint64 orderId, const QString& menuItemId, int seat, int qty,
                             const QString& note, const QString& addedBy, int course)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return {};
    Line line;
    line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    line.menuItemId = menuItemId;
    line.qty = qty;
    line.seat = seat;
    line.note = note;
    line.course = course;
    line.addedBy = addedBy;
    line.addedAt = m_clock.nowMs();
    Lines draft = entry->draft;
    draft.append(line);
    if (!save(entry->base, draft))
        return {};
    return line.lineId;
}

bool DraftEditor::editLine(qint64 orderId, const QString& lineId,
                           const std::function<void(Line&)>& edit)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return false;
    Lines draft = entry->draft;
    for (Line& line : draft) {
        if (line.lineId == lineId) {
            const Line before = line;
            edit(line);
            if (line == before)
                return true;
            return save(entry->base, draft);
        }
    }
    return false;
}

void DraftEditor::setQty(qint64 orderId, const QString& lineId, int qty)
{
    editLine(orderId, lineId, [qty](Line& line) { line.qty = qty; });
}

void DraftEditor::setSeat(qint64 orderId, const QString& lineId, int seat)
{
    editLine(orderId, lineId, [seat](Line& line) { line.seat = seat; });
}

void DraftEditor::setNote(qint64 orderId, const QString& lineId, const QString& note)
{
    editLine(orderId, lineId, [&note](Line& line) { line.note = note; });
}

void DraftEditor::removeLine(qint64 orderId, const QString& lineId)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return;
    Lines draft = entry->draft;
    if (draft.removeIf([&lineId](const Line& line) { return line.lineId == lineId; }) > 0)
        save(entry->base, draft);
}
