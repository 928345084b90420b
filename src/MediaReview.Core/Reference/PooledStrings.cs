using System.Buffers;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaReview.Reference;

/// <summary>
/// Reads a short JSON string through the pool of the reference set being loaded, so that a value repeated across
/// its files — a person's id in each of their terms, an office id, a date — becomes one string rather than one per
/// entry. At a million people and two million terms that is about eight million strings not made, and two
/// hundred megabytes the terms no longer hold. Outside a load (<see cref="Use"/>) it reads strings as usual.
/// </summary>
internal sealed class PooledStringConverter : JsonConverter<string>
{
    /// <summary>Longer values (names, notes) rarely repeat and are read as they are.</summary>
    private const int MaxPooledBytes = 64;

    [ThreadStatic] private static HashSet<string>? t_pool;

    /// <summary>Pools the strings read on this thread until the returned scope is disposed.</summary>
    public static Scope Use()
    {
        var outer = t_pool;
        t_pool = new HashSet<string>(StringComparer.Ordinal);
        return new Scope(outer);
    }

    public readonly struct Scope(HashSet<string>? outer) : IDisposable
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
        var text = chars[..length];
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        pool.Add(made);
        return made;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
