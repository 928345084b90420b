using System.Buffers;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaReview.Reference;

/// <summary>
/// The strings of one reference set's load: a value repeated across its files — a person's id in each of their
/// terms, an office id — becomes one string rather than one per entry. At a million people and two million terms
/// that is millions of strings not made. Safe to share between the threads reading the files.
/// </summary>
internal sealed class StringPool
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _strings;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="capacity">How many strings to make room for at once.</param>
    public StringPool(int capacity = 0)
    {
        _strings = new(Environment.ProcessorCount, capacity, StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        // Another thread may have added it meanwhile: its string wins, so that every entry holds the same one.
        return _strings.GetOrAdd(made, made);
    }
}

/// <summary>
/// Reads a short JSON string through the pool of the reference set being loaded (<see cref="StringPool"/>).
/// Outside a load (<see cref="Use"/>) it reads strings as usual.
/// </summary>
internal sealed class PooledStringConverter : JsonConverter<string>
{
    /// <summary>Longer values (names, notes) rarely repeat and are read as they are.</summary>
    private const int MaxPooledBytes = 64;

    [ThreadStatic] private static StringPool? t_pool;

    /// <summary>Reads strings on this thread through the pool until the returned scope is disposed.</summary>
    public static Scope Use(StringPool pool)
    {
        var outer = t_pool;
        t_pool = pool;
        return new Scope(outer);
    }

    public readonly struct Scope(StringPool? outer) : IDisposable
    {
        public void Dispose() => t_pool = outer;
    }

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadString(ref reader);

    /// <summary>The string at the reader, through the pool when a load has one; anything but a string fails as GetString does.</summary>
    public static string? ReadString(ref Utf8JsonReader reader)
    {
        if (t_pool is not { } pool || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence
            || reader.ValueSpan.Length > MaxPooledBytes)
        {
            // Anything but a string fails here as it does without the converter ("could not be converted to System.String").
            return reader.GetString();
        }
        Span<char> chars = stackalloc char[MaxPooledBytes];
        // Invalid UTF-8 is left to GetString, which reports it as it always does.
        if (Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done) return reader.GetString();
        return pool.Get(chars[..length]);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
