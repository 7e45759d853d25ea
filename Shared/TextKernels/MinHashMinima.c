#include "DiaoyanTextKernels.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int diaoyan_minhash_vector_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    // OSXSAVE: XGETBV may be asked what the OS saves.
    if (!(ecx & (1u << 27))) return 0;
    unsigned int low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    // XMM, YMM, opmask, ZMM upper halves and ZMM16-31 (bits 1, 2, 5, 6, 7).
    if ((low & 0xE6u) != 0xE6u) return 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    // AVX-512F (bit 16) and AVX-512DQ (bit 17: VPMULLQ).
    return (ebx & (1u << 16)) && (ebx & (1u << 17));
}

/// SplitMix64's finalizer on eight lanes.
__attribute__((target("avx512f,avx512dq"))) static inline __m512i diaoyan_mix8(__m512i z) {
    z = _mm512_add_epi64(z, _mm512_set1_epi64((long long)0x9E3779B97F4A7C15ULL));
    z = _mm512_mullo_epi64(_mm512_xor_si512(z, _mm512_srli_epi64(z, 30)),
                           _mm512_set1_epi64((long long)0xBF58476D1CE4E5B9ULL));
    z = _mm512_mullo_epi64(_mm512_xor_si512(z, _mm512_srli_epi64(z, 27)),
                           _mm512_set1_epi64((long long)0x94D049BB133111EBULL));
    return _mm512_xor_si512(z, _mm512_srli_epi64(z, 31));
}

__attribute__((target("avx512f,avx512dq"))) int diaoyan_minhash_minima_vector(
    const uint64_t *hashes, size_t count, const uint64_t *seeds, size_t permutations, uint32_t *minima) {
    if (permutations % 32 != 0) return 0;
    // 32 permutations a pass (four vectors of seeds and of running minima in registers, their mixes independent);
    // the hashes are read once a pass from the cache.
    for (size_t first = 0; first < permutations; first += 32) {
        const __m512i seed0 = _mm512_loadu_si512(seeds + first);
        const __m512i seed1 = _mm512_loadu_si512(seeds + first + 8);
        const __m512i seed2 = _mm512_loadu_si512(seeds + first + 16);
        const __m512i seed3 = _mm512_loadu_si512(seeds + first + 24);
        __m512i least0 = _mm512_set1_epi64(-1), least1 = least0, least2 = least0, least3 = least0;
        for (size_t index = 0; index < count; index++) {
            const __m512i hash = _mm512_set1_epi64((long long)hashes[index]);
            least0 = _mm512_min_epu64(least0, diaoyan_mix8(_mm512_add_epi64(hash, seed0)));
            least1 = _mm512_min_epu64(least1, diaoyan_mix8(_mm512_add_epi64(hash, seed1)));
            least2 = _mm512_min_epu64(least2, diaoyan_mix8(_mm512_add_epi64(hash, seed2)));
            least3 = _mm512_min_epu64(least3, diaoyan_mix8(_mm512_add_epi64(hash, seed3)));
        }
        // The high half of the least mix is the least high half.
        _mm256_storeu_si256((__m256i *)(minima + first), _mm512_cvtepi64_epi32(_mm512_srli_epi64(least0, 32)));
        _mm256_storeu_si256((__m256i *)(minima + first + 8), _mm512_cvtepi64_epi32(_mm512_srli_epi64(least1, 32)));
        _mm256_storeu_si256((__m256i *)(minima + first + 16), _mm512_cvtepi64_epi32(_mm512_srli_epi64(least2, 32)));
        _mm256_storeu_si256((__m256i *)(minima + first + 24), _mm512_cvtepi64_epi32(_mm512_srli_epi64(least3, 32)));
    }
    return 1;
}

#else

int diaoyan_minhash_vector_available(void) { return 0; }

int diaoyan_minhash_minima_vector(
    const uint64_t *hashes, size_t count, const uint64_t *seeds, size_t permutations, uint32_t *minima) {
    (void)hashes;
    (void)count;
    (void)seeds;
    (void)permutations;
    (void)minima;
    return 0;
}

#endif
