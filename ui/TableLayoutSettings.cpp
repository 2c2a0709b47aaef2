#include "TableLayoutSettings.h"

#include <QHeaderView>
#include <QSettings>

namespace {

const QString stateKey = QStringLiteral("table/headerState");
const QString columnsKey = QStringLiteral("table/columnCount");

} // namespace

bool TableLayoutSettings::restore(QHeaderView* header)
{
    QSettings settings;
    if (settings.value(columnsKey).toInt() != header->count())
        return false;
    return header->restoreState(settings.value(stateKey).toByteArray());
}

void TableLayoutSettings::save(const QHeaderView* header)
{
    QSettings settings;
    settings.setValue(stateKey, header->saveState());
    settings.setValue(columnsKey, header->count());
}
