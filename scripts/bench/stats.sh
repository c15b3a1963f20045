# Sourced by scripts/bench.sh and scripts/bench/compare.sh: figures read one per line on stdin.

# The median ("?" when there is none).
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) {print "?"} else if (NR % 2) {print a[(NR+1)/2]} else {printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}}'; }
# The spread, min–max.
range() { sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}'; }
