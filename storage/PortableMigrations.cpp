#include "PortableMigrations.h"

QString PortableMigrations::markDeletedSnapshots()
{
    return QStringLiteral(
        "UPDATE operation_contacts SET deleted = 1 WHERE snapshot IS NOT NULL AND operation_id IN"
        " (SELECT o.id FROM operations o WHERE o.id = operation_contacts.operation_id AND"
        " (o.kind = 'delete' OR (o.kind = 'merge' AND NOT EXISTS (SELECT 1 FROM contacts c"
        " WHERE c.org_id = o.org_id AND c.uid = operation_contacts.contact_uid))))");
}
