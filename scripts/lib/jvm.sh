# Sourced by the scripts that start the packaged jar as an operator would (run.sh, the AOT training
# run of build-aot.sh, bench.sh): the JVM options of every such start, in array JVM_OPTIONS.
#
# Serial GC with a 64 MB initial heap: idle RSS about 100 MB lower than G1's defaults on this
# machine kind, and the uncached plan detail within the noise of G1 (docs/benchmarks.md). The
# JVM picks Serial by itself in a container of under 2 CPUs or 1792 MB (the k8s overlays); this
# makes a bigger machine behave the same. The AOT cache is trained with the same options.
# INDUSTRYPLANS_JVM_OPTIONS replaces them ("" for the JVM's defaults).
read -ra JVM_OPTIONS <<<"${INDUSTRYPLANS_JVM_OPTIONS--XX:+UseSerialGC -Xms64m}"
