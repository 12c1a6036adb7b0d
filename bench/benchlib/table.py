"""The one table `make bench` prints, and the results file docs/PERFORMANCE.md is written from."""
import json

COLUMNS = ("Row", "What", "Figure", "Baseline", "Ratio / compared", "Bar", "Result")


def cells(line):
    return (line.row, line.what, line.figure, line.baseline, line.ratio, line.bar, line.verdict)


def render(lines):
    rows = [COLUMNS] + [cells(line) for line in lines]
    widths = [max(len(row[index]) for row in rows) for index in range(len(COLUMNS))]
    text = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths)) for row in rows]
    text.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(text)


def markdown(lines):
    rows = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    rows += ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells(line)) + " |" for line in lines]
    return "\n".join(rows)


def save(lines, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([line.__dict__ for line in lines], ensure_ascii=False, indent=1))
