// The ceiling for contacts-server's benchmark: a bare Qt HttpServer route answering a fixed
// small JSON body, on the same machine and stack. `--async` answers through a QFuture from
// QtConcurrent::run, the thread hop contacts-server's workers also make.
//
//   server_ceiling [--async]    prints "server_ceiling listening on 127.0.0.1:PORT"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QtConcurrent>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool async = app.arguments().contains(QStringLiteral("--async"));
    const QByteArray body = R"({"success":true,"data":{"id":"contact_0","phone":"+14155557890"}})";

    QHttpServer server;
    if (async) {
        server.route("/ping", [body] {
            return QtConcurrent::run(
                [body] { return QHttpServerResponse("application/json; charset=utf-8", body); });
        });
    } else {
        server.route("/ping", [body] {
            return QHttpServerResponse("application/json; charset=utf-8", body);
        });
    }
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return 1;
    std::printf("server_ceiling listening on 127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
