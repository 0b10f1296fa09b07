# B0 twin: what `python3 -c 'import numpy; print(1+1)'` does, as a file.
# Importing NumPy is part of the cost a NumPy user pays on every run.
import numpy

print(1 + 1)
