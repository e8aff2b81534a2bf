from desktop.cli.main import main


def run(capsys, *argv):
    """`yandu ARGV…` in this process: (exit status, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
