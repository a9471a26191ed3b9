"""``arabesk-desk policy check`` and ``policy communicate``."""

from __future__ import annotations

from arabesk_desk.cli import main


def test_communicate_writes_the_text_for_an_audience(capsys):
    assert main(["policy", "communicate", "--audience", "parents"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Veilig online op De Arabesk: afspraken voor ouders")


def test_communicate_to_a_file(tmp_path, capsys):
    target = tmp_path / "ouders.txt"
    assert main(["policy", "communicate", "--audience", "staff", "-o", str(target)]) == 0
    assert "afspraken voor medewerkers" in target.read_text(encoding="utf-8")


def test_a_pdf_needs_a_file_and_the_apps_qt_part(tmp_path, capsys):
    assert main(["policy", "communicate", "--audience", "staff", "--format", "pdf"]) == 2
    assert "needs a file" in capsys.readouterr().err
    target = tmp_path / "x.pdf"
    args = ["policy", "communicate", "--audience", "staff", "--format", "pdf", "-o", str(target)]
    assert main(args) == 2
    assert "Qt part" in capsys.readouterr().err and not target.exists()


def test_a_pdf_is_drawn_by_the_writer_handed_in(tmp_path):
    written = []
    target = tmp_path / "x.pdf"
    args = ["policy", "communicate", "--audience", "pupils", "--format", "pdf", "-o", str(target)]
    assert main(args, pdf_writer=lambda: lambda doc, path: written.append((doc.title, path))) == 0
    assert written == [("Veilig online op De Arabesk: afspraken voor leerlingen", target)]


def test_a_broken_policy_is_named_with_its_line(tmp_path, capsys):
    policy = tmp_path / "p.toml"
    policy.write_text("[measures]\nretention_years = -1\n", encoding="utf-8")
    assert main(["policy", "check", "--policy", str(policy)]) == 2
    err = capsys.readouterr().err
    assert f"{policy}:2" in err and "retention_years" in err and "Traceback" not in err


def test_a_text_that_reads_harder_than_b1_is_written_and_said(tmp_path, capsys):
    policy = tmp_path / "p.toml"
    policy.write_text(
        "[measures]\npress = 'Teneinde de continuïteit te waarborgen dient men zich middels "
        "schriftelijke communicatie te allen tijde te onthouden van mededelingen aan "
        "vertegenwoordigers van de geschreven en audiovisuele pers inzake incidenten.'\n",
        encoding="utf-8",
    )
    args = ["policy", "communicate", "--audience", "staff", "--policy", str(policy)]
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "Teneinde" in captured.out and "harder than B1" in captured.err


def test_check_summarises_the_measures(capsys):
    assert main(["policy", "check"]) == 0
    out = capsys.readouterr().out
    assert "6 violation types" in out and "bedreiging: staff: gesprek" in out
