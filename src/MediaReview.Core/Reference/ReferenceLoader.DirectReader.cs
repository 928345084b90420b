using System.Text.Json;

namespace MediaReview.Reference;

public sealed partial class ReferenceLoader
{
    /// <summary>
    /// Reads a reference file with a Utf8JsonReader straight into its entries, without the DTOs: at a million people
    /// System.Text.Json's object mapping and the DTOs it makes cost more than the entries themselves (2.0 of the 1M
    /// set's 5 seconds). It reads files as they should be and nothing else: at an unknown or repeated field, a value
    /// of the wrong type, a null entry, broken JSON or sections out of the order below, it gives up (false), and the
    /// file is read again through System.Text.Json, which reports any problem as it always has. Entries go to
    /// <see cref="FileEntries"/>, which checks them exactly as it checks the DTOs' (the same methods).
    /// </summary>
    /// <remarks>
    /// The file is read in blocks. A people, office, country or term entry is taken only whole: one that runs past the
    /// end of the block is read again from its start once the next block is in. Agreements and events, a few
    /// dozen entries with nested events, go to System.Text.Json as a whole section.
    /// </remarks>
    private sealed class DirectReader
    {
        private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        // The sections, in the order the DTO path checks them (so that errors come out in the same order).
        private const int Schema = 0, Description = 1, AsOf = 2, Countries = 3, People = 4, Offices = 5, Terms = 6, Agreements = 7, Events = 8;
        private static readonly string[] SectionNames = ["$schema", "description", "asOf", "countries", "people", "offices", "terms", "agreements", "events"];

        private enum Step { Ok, End, More, Bad }

        private readonly Stream? _stream;
        private readonly FileEntries _into;
        private readonly List<string> _names = [];
        private byte[] _buffer;
        private int _start;
        private int _length;
        private bool _final;

        public DirectReader(Stream stream, FileEntries into)
        {
            _stream = stream;
            _into = into;
            _buffer = new byte[1 << 16];
            Fill();
        }

        public DirectReader(ReadOnlyMemory<byte> json, FileEntries into)
        {
            _into = into;
            _buffer = json.ToArray();
            _length = _buffer.Length;
            _final = true;
        }

        /// <summary>True when the whole file was read; false when it must be read through System.Text.Json.</summary>
        public bool TryRead()
        {
            try
            {
                return Read();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Broken JSON, or (InvalidOperationException, from GetString) text that is not UTF-8 or a broken
                // escape: System.Text.Json reads the file again and reports it.
                return false;
            }
        }

        private bool Read()
        {
            _start = _length - JsonErrors.WithoutBom(_buffer.AsSpan(0, _length)).Length;
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _final, new JsonReaderState(Options));
            if (!Next(ref reader) || reader.TokenType != JsonTokenType.StartObject) return false;
            var seen = 0;
            var last = -1;
            while (true)
            {
                if (!Next(ref reader)) return false;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var section = SectionNames.Length - 1;
                while (section >= 0 && !reader.ValueTextEquals(SectionNames[section])) section--;
                if (section < 0 || (seen & (1 << section)) != 0) return false;
                seen |= 1 << section;
                if (section >= AsOf)
                {
                    if (section < last) return false;
                    last = section;
                }
                var ok = section switch
                {
                    // Read, not only typed: the DTOs read them, and GetString is what rejects text that is not UTF-8.
                    Schema or Description => Next(ref reader) && Text(ref reader, out _) == Step.Ok,
                    AsOf => Next(ref reader) && ReadAsOf(ref reader),
                    Agreements or Events => Whole(ref reader, section),
                    _ => Entries(ref reader, section),
                };
                if (!ok) return false;
            }
            // Only blanks and comments may follow.
            while (true)
            {
                var before = reader;
                if (reader.Read()) return false;
                if (_final) return true;
                Refill(ref reader, before);
            }
        }

        private bool ReadAsOf(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.String) _into.SetAsOf(reader.GetString()!);
            return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
        }

        /// <summary>The next token, reading the next block if the token is not all in this one.</summary>
        private bool Next(ref Utf8JsonReader reader)
        {
            while (true)
            {
                var before = reader;
                if (reader.Read()) return true;
                if (_final) return false;
                Refill(ref reader, before);
            }
        }

        private bool Entries(ref Utf8JsonReader reader, int section)
        {
            if (!Next(ref reader)) return false;
            if (reader.TokenType == JsonTokenType.Null) return true;
            if (reader.TokenType != JsonTokenType.StartArray) return false;
            for (var index = 0; ;)
            {
                var before = reader;
                switch (Entry(ref reader, section, new At(SectionNames[section], index)))
                {
                    case Step.Ok:
                        index++;
                        break;
                    case Step.End:
                        return true;
                    case Step.More when !_final:
                        Refill(ref reader, before);
                        break;
                    default:
                        return false;
                }
            }
        }

        /// <summary>
        /// One entry, handed to <see cref="FileEntries"/> only once read to its end: <see cref="Step.More"/> means it
        /// runs past this block and is read again from its start.
        /// </summary>
        private Step Entry(ref Utf8JsonReader reader, int section, At at)
        {
            if (!reader.Read()) return Step.More;
            if (reader.TokenType == JsonTokenType.EndArray) return Step.End;
            if (reader.TokenType != JsonTokenType.StartObject) return Step.Bad;
            return section switch
            {
                People => Person(ref reader, at),
                Terms => Term(ref reader, at),
                Offices => Office(ref reader, at),
                _ => Country(ref reader, at),
            };
        }

        private Step Person(ref Utf8JsonReader reader, At at)
        {
            string? id = null, name = null;
            DateField born = default, died = default;
            string[]? aliases = null, spellings = null;
            var seen = 0;
            while (true)
            {
                if (!reader.Read()) return Step.More;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var field = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("name"u8) ? 2 : reader.ValueTextEquals("aliases"u8) ? 4
                    : reader.ValueTextEquals("spellings"u8) ? 8 : reader.ValueTextEquals("born"u8) ? 16 : reader.ValueTextEquals("died"u8) ? 32 : 0;
                if (field == 0 || (seen & field) != 0) return Step.Bad;
                seen |= field;
                if (!reader.Read()) return Step.More;
                var step = field switch
                {
                    1 => Pooled(ref reader, out id),
                    2 => Text(ref reader, out name),
                    4 => Names(ref reader, out aliases),
                    8 => Names(ref reader, out spellings),
                    16 => Date(ref reader, out born),
                    _ => Date(ref reader, out died),
                };
                if (step != Step.Ok) return step;
            }
            _into.AddPerson(at, id, name, aliases, spellings, born, died);
            return Step.Ok;
        }

        private Step Term(ref Utf8JsonReader reader, At at)
        {
            string? person = null, office = null, precision = null;
            DateField start = default, end = default;
            var seen = 0;
            while (true)
            {
                if (!reader.Read()) return Step.More;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var field = reader.ValueTextEquals("person"u8) ? 1 : reader.ValueTextEquals("office"u8) ? 2 : reader.ValueTextEquals("start"u8) ? 4
                    : reader.ValueTextEquals("end"u8) ? 8 : reader.ValueTextEquals("startPrecision"u8) ? 16 : 0;
                if (field == 0 || (seen & field) != 0) return Step.Bad;
                seen |= field;
                if (!reader.Read()) return Step.More;
                var step = field switch
                {
                    1 => Pooled(ref reader, out person),
                    2 => Pooled(ref reader, out office),
                    4 => Date(ref reader, out start),
                    8 => Date(ref reader, out end),
                    _ => Pooled(ref reader, out precision),
                };
                if (step != Step.Ok) return step;
            }
            _into.AddTerm(at, person, office, start, end, precision);
            return Step.Ok;
        }

        private Step Office(ref Utf8JsonReader reader, At at)
        {
            string? id = null, title = null, country = null;
            string[]? aliases = null;
            var seen = 0;
            while (true)
            {
                if (!reader.Read()) return Step.More;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var field = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("title"u8) ? 2 : reader.ValueTextEquals("aliases"u8) ? 4
                    : reader.ValueTextEquals("country"u8) ? 8 : 0;
                if (field == 0 || (seen & field) != 0) return Step.Bad;
                seen |= field;
                if (!reader.Read()) return Step.More;
                var step = field switch
                {
                    1 => Pooled(ref reader, out id),
                    2 => Text(ref reader, out title),
                    4 => Names(ref reader, out aliases),
                    _ => Text(ref reader, out country),
                };
                if (step != Step.Ok) return step;
            }
            _into.AddOffice(at, id, title, aliases, country);
            return Step.Ok;
        }

        private Step Country(ref Utf8JsonReader reader, At at)
        {
            string? id = null, name = null;
            string[]? aliases = null;
            var seen = 0;
            while (true)
            {
                if (!reader.Read()) return Step.More;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var field = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("name"u8) ? 2 : reader.ValueTextEquals("aliases"u8) ? 4 : 0;
                if (field == 0 || (seen & field) != 0) return Step.Bad;
                seen |= field;
                if (!reader.Read()) return Step.More;
                var step = field switch
                {
                    1 => Text(ref reader, out id),
                    2 => Text(ref reader, out name),
                    _ => Names(ref reader, out aliases),
                };
                if (step != Step.Ok) return step;
            }
            _into.AddCountry(at, id, name, aliases);
            return Step.Ok;
        }

        private static Step Text(ref Utf8JsonReader reader, out string? value)
        {
            value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return reader.TokenType is JsonTokenType.String or JsonTokenType.Null ? Step.Ok : Step.Bad;
        }

        /// <summary>An id or a date: through the load's string pool, as the DTOs read them.</summary>
        private static Step Pooled(ref Utf8JsonReader reader, out string? value)
        {
            value = reader.TokenType == JsonTokenType.String ? PooledStringConverter.ReadString(ref reader) : null;
            return reader.TokenType is JsonTokenType.String or JsonTokenType.Null ? Step.Ok : Step.Bad;
        }

        /// <summary>A date: read as one when it is a valid YYYY-MM-DD (most are; no string is made), else as text.</summary>
        private static Step Date(ref Utf8JsonReader reader, out DateField value)
        {
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == 10)
            {
                Span<char> chars = stackalloc char[10];
                for (var i = 0; i < 10; i++) chars[i] = (char)reader.ValueSpan[i];
                if (IsoDate(chars) is { } date)
                {
                    value = new DateField(date, null);
                    return Step.Ok;
                }
            }
            var step = Pooled(ref reader, out var text);
            value = text;
            return step;
        }

        private Step Names(ref Utf8JsonReader reader, out string[]? names)
        {
            names = null;
            if (reader.TokenType == JsonTokenType.Null) return Step.Ok;
            if (reader.TokenType != JsonTokenType.StartArray) return Step.Bad;
            _names.Clear();
            while (true)
            {
                if (!reader.Read()) return Step.More;
                if (reader.TokenType == JsonTokenType.EndArray) break;
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null)) return Step.Bad;
                // A null name is kept for FileEntries to report, as the DTOs keep it.
                _names.Add(reader.GetString()!);
            }
            names = [.. _names];
            return Step.Ok;
        }

        /// <summary>Agreements or events: the whole section, once all of it is in, to System.Text.Json.</summary>
        private bool Whole(ref Utf8JsonReader reader, int section)
        {
            while (true)
            {
                var before = reader;
                if (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.Null) return true;
                    if (reader.TokenType != JsonTokenType.StartArray) return false;
                    var probe = reader;
                    if (probe.TrySkip())
                    {
                        if (section == Agreements) _into.AddAgreements(JsonSerializer.Deserialize(ref reader, ReferenceJsonContext.Default.ListAgreementDto));
                        else _into.AddEvents(JsonSerializer.Deserialize(ref reader, ReferenceJsonContext.Default.ListEventDto));
                        return true;
                    }
                }
                if (_final) return false;
                Refill(ref reader, before);
            }
        }

        /// <summary>
        /// Moves what <paramref name="before"/> had not yet read to the front of the buffer (a larger one if it fills
        /// more than half), reads on from the stream, and starts the reader again where <paramref name="before"/> was.
        /// </summary>
        private void Refill(ref Utf8JsonReader reader, in Utf8JsonReader before)
        {
            var state = before.CurrentState;
            var keep = _start + (int)before.BytesConsumed;
            var remaining = _length - keep;
            if (remaining > _buffer.Length / 2)
            {
                var larger = new byte[_buffer.Length * 2];
                Buffer.BlockCopy(_buffer, keep, larger, 0, remaining);
                _buffer = larger;
            }
            else
            {
                Buffer.BlockCopy(_buffer, keep, _buffer, 0, remaining);
            }
            _start = 0;
            _length = remaining;
            Fill();
            reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, state);
        }

        private void Fill()
        {
            while (_length < _buffer.Length)
            {
                var read = _stream!.Read(_buffer, _length, _buffer.Length - _length);
                if (read == 0)
                {
                    _final = true;
                    return;
                }
                _length += read;
            }
        }
    }
}
