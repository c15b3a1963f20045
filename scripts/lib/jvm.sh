# Sourced by the scripts that start the packaged jar as an operator would (run.sh, the AOT training
# run of build-aot.sh, bench.sh): the JVM options of every such start, in array JVM_OPTIONS.
#
# Serial GC: idle RSS about 100 MB lower than G1's defaults on this machine kind, and the uncached
# plan detail within the noise of G1 (docs/benchmarks.md). The JVM picks Serial by itself in a
# container of under 2 CPUs or 1792 MB (the k8s overlays); this makes a bigger machine behave the
# same. A 64 MB young generation (-Xmn64m, in a 128 MB initial heap): with the young generation
# sized from a 64 MB heap (17 MB of eden) an uncached detail under load paused the JVM for young
# collections 10 % of the time; this bought 1.10x (1.04-1.39, 5 alternating rounds) for about 30 MB
# more idle RSS. The young generation must leave the old one room for the AOT cache's archived
# objects (-Xmn at or above -Xms makes JDK 25 refuse the cache). The AOT cache is trained with
# these options.
# INDUSTRYPLANS_JVM_OPTIONS replaces them ("" for the JVM's defaults).
read -ra JVM_OPTIONS <<<"${INDUSTRYPLANS_JVM_OPTIONS--XX:+UseSerialGC -Xms128m -Xmn64m}"
