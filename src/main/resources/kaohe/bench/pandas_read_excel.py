# The reference goal 1 of "Fast where it is felt" measures Kaohe against: pandas.read_excel on the
# same .xlsx returns, every sheet, values only. Reads the list of files (one path a line, UTF-8),
# reads the first few untimed (pandas loads openpyxl on first use), then all of them timed, and
# prints "<files> <CPU seconds of this process> <cells>" on one line.
# Exit status 3 when pandas or openpyxl cannot be imported: the bench says so instead of a figure.
import sys
import time
import warnings

try:
    import openpyxl  # noqa: F401 -- read_excel's engine for .xlsx; imported here so its absence is told apart
    import pandas
except ImportError as missing:
    print(missing, file=sys.stderr)
    sys.exit(3)

# openpyxl warns about every workbook written without a default style; the warning is not what is measured.
warnings.simplefilter("ignore")

with open(sys.argv[1], encoding="utf-8") as listing:
    files = [line.rstrip("\n") for line in listing if line.strip()]

for path in files[:int(sys.argv[2])]:
    pandas.read_excel(path, sheet_name=None, header=None)

started = time.process_time()
cells = 0
for path in files:
    for frame in pandas.read_excel(path, sheet_name=None, header=None).values():
        cells += frame.size
print(len(files), time.process_time() - started, cells)
