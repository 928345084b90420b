namespace MediaReview.Corpus;

/// <summary>
/// xoshiro256** seeded through SplitMix64: the same seed gives the same sequence on every machine and
/// runtime (System.Random's algorithm and seeding are not a contract).
/// </summary>
public sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>0 ≤ result &lt; n (Lemire's multiply-shift; the bias for small n is negligible here).</summary>
    public int Int(int n) => n <= 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : (int)(((Next() >> 32) * (ulong)n) >> 32);

    /// <summary>lo ≤ result ≤ hi.</summary>
    public int Range(int lo, int hi) => lo + Int(hi - lo + 1);

    public double Double() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Double() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];
}
