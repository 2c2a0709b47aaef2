// The architecture's rules on the project's own tree: each layer includes only the layers
// below it (docs/architecture.md), and the SQL driver's types and SQLite's own words stay in
// the store's core. A checker that cannot fail proves nothing, so it is first run on small
// trees made to break each kind of rule.

#include "LayerRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What each layer may include besides itself; the arrows of docs/architecture.md.
QHash<QString, QStringList> projectLayers()
{
    return {
        {QStringLiteral("storage"), {}},
        {QStringLiteral("importexport"), {QStringLiteral("storage")}},
        {QStringLiteral("api"), {QStringLiteral("storage")}},
        {QStringLiteral("syncstate"), {QStringLiteral("storage")}},
        {QStringLiteral("sync"),
         {QStringLiteral("storage"), QStringLiteral("api"), QStringLiteral("syncstate")}},
        {QStringLiteral("server"), {QStringLiteral("storage"), QStringLiteral("api")}},
        {QStringLiteral("models"), {QStringLiteral("storage"), QStringLiteral("syncstate")}},
        {QStringLiteral("ui"),
         {QStringLiteral("storage"), QStringLiteral("importexport"), QStringLiteral("syncstate"),
          QStringLiteral("sync"), QStringLiteral("models")}},
        {QStringLiteral("app/cli"),
         {QStringLiteral("storage"), QStringLiteral("api"), QStringLiteral("importexport"),
          QStringLiteral("syncstate"), QStringLiteral("sync")}},
        {QStringLiteral("app/desktop"),
         {QStringLiteral("storage"), QStringLiteral("models"), QStringLiteral("ui")}},
        {QStringLiteral("app/server"),
         {QStringLiteral("storage"), QStringLiteral("api"), QStringLiteral("syncstate"),
          QStringLiteral("server")}},
    };
}

void addProjectRules(LayerRules& rules)
{
    // Only the store's core talks to the SQL driver.
    rules.forbid(QStringLiteral("QSqlQuery"), QRegularExpression(QStringLiteral("\\bQSqlQuery\\b")),
                 QRegularExpression(QStringLiteral("^storage/")));
    // What only one backend reads stays in the dialects, so that the store's other classes run
    // unchanged on each (SQLite, PostgreSQL).
    const QRegularExpression dialect(QStringLiteral("^storage/(Sqlite|Postgres)"));
    const QList<std::pair<QString, QString>> backendOnly = {
        {QStringLiteral("PRAGMA"), QStringLiteral("\\bPRAGMA\\b")},
        {QStringLiteral("sqlite3_"), QStringLiteral("\\bsqlite3_")},
        {QStringLiteral("json_each"), QStringLiteral("\\bjson_each\\b")},
        {QStringLiteral("json_insert"), QStringLiteral("\\bjson_insert\\b")},
        {QStringLiteral("json_array_length"), QStringLiteral("\\bjson_array_length\\b")},
        {QStringLiteral("->>"), QStringLiteral("->>")},
        {QStringLiteral("INDEXED BY"), QStringLiteral("\\bINDEXED BY\\b")},
        {QStringLiteral("OR REPLACE"), QStringLiteral("\\bOR REPLACE\\b")},
        {QStringLiteral("OR IGNORE"), QStringLiteral("\\bOR IGNORE\\b")},
        {QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("\\bBEGIN IMMEDIATE\\b")},
        {QStringLiteral("instr("), QStringLiteral("\\binstr\\(")},
        {QStringLiteral("contacts_search"), QStringLiteral("\\bcontacts_search\\b")},
        {QStringLiteral("jsonb"), QStringLiteral("\\bjsonb")},
        {QStringLiteral("pg_"), QStringLiteral("\\bpg_[a-z]")},
        {QStringLiteral("gin_trgm_ops"), QStringLiteral("\\bgin_trgm_ops\\b")},
        {QStringLiteral("string_agg"), QStringLiteral("\\bstring_agg\\b")},
        {QStringLiteral("strpos("), QStringLiteral("\\bstrpos\\(")},
        {QStringLiteral("WITH ORDINALITY"), QStringLiteral("\\bWITH ORDINALITY\\b")},
        {QStringLiteral("ISOLATION LEVEL"), QStringLiteral("\\bISOLATION LEVEL\\b")},
        {QStringLiteral("bytea"), QStringLiteral("\\bbytea\\b")},
    };
    for (const auto& [what, pattern] : backendOnly)
        rules.forbid(what, QRegularExpression(pattern), dialect);
}

void writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestLayers : public QObject {
    Q_OBJECT

private slots:
    void checkerFindsBrokenRule_data();
    void checkerFindsBrokenRule();
    void projectKeepsTheRules();
};

void TestLayers::checkerFindsBrokenRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("violation");

    QTest::newRow("storage includes a model")
        << "storage/Store.cpp" << QByteArray("#include \"TableModel.h\"\n")
        << "storage/Store.cpp includes models/TableModel.h (storage may include no other layer)";
    QTest::newRow("models include a widget")
        << "models/TableModel.cpp" << QByteArray("#include \"Window.h\"\n")
        << "models/TableModel.cpp includes ui/Window.h (models may include storage)";
    QTest::newRow("a nested layer is its own")
        << "app/cli/main.cpp" << QByteArray("#include \"Window.h\"\n")
        << "app/cli/main.cpp includes ui/Window.h (app/cli may include storage)";
    QTest::newRow("QSqlQuery in a model") << "models/Reader.cpp" << QByteArray("\nQSqlQuery q;\n")
                                          << "models/Reader.cpp:2 has QSqlQuery";
    QTest::newRow("PRAGMA in the server")
        << "server/Tuning.cpp" << QByteArray("run(\"PRAGMA foo\");\n")
        << "server/Tuning.cpp:1 has PRAGMA";
    QTest::newRow("json_each beside the dialect")
        << "storage/Store.cpp" << QByteArray("run(\"SELECT value FROM json_each(?)\");\n")
        << "storage/Store.cpp:1 has json_each";
    QTest::newRow("sqlite3_ in an app") << "app/cli/main.cpp" << QByteArray("sqlite3_config(1);\n")
                                        << "app/cli/main.cpp:1 has sqlite3_";
}

void TestLayers::checkerFindsBrokenRule()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, violation);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A small tree that keeps the rules, then the one file that breaks one.
    writeFile(dir.filePath("storage/Store.h"), "#pragma once\n");
    writeFile(dir.filePath("storage/Store.cpp"), "#include \"Store.h\" // PRAGMA in a comment\n");
    writeFile(dir.filePath("models/TableModel.h"), "#include \"Store.h\"\n");
    writeFile(dir.filePath("ui/Window.h"), "#include \"TableModel.h\"\n");
    const QHash<QString, QStringList> layers = {
        {"storage", {}},         {"models", {"storage"}},  {"ui", {"storage", "models"}},
        {"server", {"storage"}}, {"app/cli", {"storage"}},
    };
    LayerRules keeping(dir.path(), layers);
    addProjectRules(keeping);
    QCOMPARE(keeping.violations(), QStringList());

    writeFile(dir.filePath(file), text);
    LayerRules rules(dir.path(), layers);
    addProjectRules(rules);
    QCOMPARE(rules.violations(), QStringList{violation});
}

void TestLayers::projectKeepsTheRules()
{
    LayerRules rules(QStringLiteral(CONTACTS_SOURCE_DIR), projectLayers());
    addProjectRules(rules);
    const QStringList checked = rules.checkedFiles();
    // The scan found the tree: the store's core and the main window are among what it read.
    QVERIFY(checked.contains(QStringLiteral("storage/ContactStore.cpp")));
    QVERIFY(checked.contains(QStringLiteral("ui/MainWindow.cpp")));
    QVERIFY(checked.contains(QStringLiteral("app/server/main.cpp")));
    const QStringList violations = rules.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
