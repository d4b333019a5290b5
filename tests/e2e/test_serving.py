"""The test server itself: a browser that leaves a page cancels its
downloads, which must not flood the log, while real errors still show."""

from serving import QuietServer


def handle(server, error):
    try:
        raise error
    except type(error):
        server.handle_error(None, ("127.0.0.1", 1))


def test_a_cancelled_download_is_quiet_but_other_errors_are_reported(capsys):
    server = QuietServer.__new__(QuietServer)  # error handling needs no socket
    handle(server, BrokenPipeError(32, "Broken pipe"))
    handle(server, ConnectionResetError(104, "Connection reset by peer"))
    assert capsys.readouterr().err == ""
    handle(server, ValueError("a bug in the handler"))
    assert "ValueError: a bug in the handler" in capsys.readouterr().err
