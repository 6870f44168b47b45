#!/bin/bash -eu
# ClusterFuzzLite build script: builds Quicken's cargo-fuzz targets
# (fuzz/targets/) and puts them in $OUT with their seed corpora, dictionary
# and options. The same build runs locally as
#     cargo +nightly fuzz build --fuzz-dir fuzz/targets -O
# (see fuzz/README.md).

cd "$SRC/quicken"

# The oracle crate embeds CPython 3.11 (pyo3) and checks at build time that
# this interpreter has its shared library.
export PYO3_PYTHON=/usr/bin/python3.11
export PYTHONHASHSEED=0

# The images that run the fuzzers have no libpython3.11: ship the library in
# $OUT/lib and let the binaries find it through their RUNPATH. cargo fuzz
# appends RUSTFLAGS from the environment to its own flags.
export RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-Wl,-rpath,\$ORIGIN/lib"

# All four targets, so that a change that breaks one fails this build.
cargo fuzz build -O --fuzz-dir fuzz/targets

BIN=fuzz/targets/target/x86_64-unknown-linux-gnu/release
CORPUS=fuzz/targets/corpus

mkdir -p "$OUT/lib"
LIBPYTHON=$(/usr/bin/python3.11 -c \
  "import os, sysconfig as s; print(os.path.join(s.get_config_var('LIBDIR'), s.get_config_var('INSTSONAME')))")
cp "$LIBPYTHON" "$OUT/lib/"

# diff_cpython is not shipped: its oracle runs /usr/bin/python3.11 and
# imports CPython's standard library at run time, and neither exists where
# ClusterFuzzLite runs the fuzzers, so every input would end as "no
# verdict". Run it locally (fuzz/README.md).
SHIPPED="diff_spec_interp source_bytes single_instruction"

for target in $SHIPPED; do
  cp "$BIN/$target" "$OUT/"
  if compgen -G "$CORPUS/$target/*" > /dev/null; then
    zip -q -j "$OUT/${target}_seed_corpus.zip" "$CORPUS/$target"/*
  fi
  # Quicken's objects are reference-counted without a cycle collector, so
  # every program that defines a function leaves a cycle: leak reports
  # would be noise.
  cat > "$OUT/$target.options" <<'OPTIONS'
[libfuzzer]
detect_leaks = 0

[asan]
detect_leaks = 0
OPTIONS
done

# libFuzzer picks up $OUT/<target>.dict by itself.
cp fuzz/targets/dict/source_bytes.dict "$OUT/source_bytes.dict"
