#ifndef DIAOYAN_TEXT_KERNELS_H
#define DIAOYAN_TEXT_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor and its operating system run AVX-512F and AVX-512DQ instructions (the 64-bit vector
/// multiply the MinHash mixes need): CPUID leaf 7's feature bits, and XCR0 saying the OS keeps the ZMM state.
int diaoyan_minhash_vector_available(void);

/// For each of `permutations` seeds (a multiple of 32), the high 32 bits of the least SplitMix64 finalizer of
/// `hash + seed` over the `count` hashes, into `minima`: ``MinHashSignature``'s values, eight permutations a vector.
/// Only to be called when `diaoyan_minhash_vector_available()` says so (it is compiled for x86-64 only: elsewhere it
/// does nothing and returns 0); returns 1 when it wrote the minima.
int diaoyan_minhash_minima_vector(
    const uint64_t *hashes, size_t count, const uint64_t *seeds, size_t permutations, uint32_t *minima);

#endif
