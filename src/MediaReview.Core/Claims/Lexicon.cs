using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MediaReview.Reference;

namespace MediaReview.Claims;

/// <summary>A way of writing a person's name, as tokens.</summary>
/// <param name="key">The name as one string ("Al Busaidi"): the lexicon's key for it.</param>
/// <param name="requiresPrior">A surname the reference set does not list as an alias: it counts only after the full name.</param>
/// <param name="variant">A spelling other than the preferred one (from the person's "spellings").</param>
internal sealed class NameForm(string key, string[] tokens, string[] people, bool isFull, bool requiresPrior, bool variant)
{
    private static readonly object NoSurname = new();
    private object? _surname;

    public string Key { get; } = key;
    public string[] Tokens { get; } = tokens;
    public string[] People { get; } = people;
    public bool IsFull { get; } = isFull;
    public bool RequiresPrior { get; } = requiresPrior;
    public bool Variant { get; } = variant;

    /// <summary>
    /// The surname of a full name, as one string ("Al Busaidi"), or null. Worked out on first use, once per
    /// form: of a million people's names only those a draft mentions need it. One field holds the answer, so
    /// threads that race here each see either nothing yet or the whole answer.
    /// </summary>
    public string? SurnameKey
    {
        get
        {
            var known = _surname ??= NameSpelling.Surname(Tokens) is { } surname ? string.Join(' ', surname) : NoSurname;
            return known as string;
        }
    }
}

/// <summary>A way of writing a title, as lower-case tokens, and the offices it can mean.</summary>
/// <param name="NamesCountry">The form itself names a country ("Omani Foreign Minister", "President of Iran").</param>
internal sealed record TitleForm(string[] Tokens, string[] Offices, bool NamesCountry);

/// <summary>A way of naming an event of the reference set, as tokens.</summary>
/// <param name="Generic">Names no one and nothing ("first round of talks"): it may mean other talks, so it counts only with the event's place.</param>
internal sealed record EventForm(string[] Tokens, string Event, bool Generic);

/// <summary>
/// Name, title and country lexicons built once from a reference set. Lookups go by the first
/// (names) or last (titles) token, so matching costs a dictionary probe per token.
/// </summary>
internal sealed class Lexicon
{
    // Names by their first token, made on first lookup (see NamesStartingWith). What is built up front is only which
    // people may have a name starting with each token: a chain per token through two flat arrays.
    private readonly Dictionary<string, int> _nameChains = new(StringComparer.Ordinal);
    private int[] _chainPerson;
    private int[] _chainNext;
    private int _chainCount;
    private readonly Person[] _people;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<NameForm>?> _namesByFirst = new(StringComparer.Ordinal);
    private readonly WordMap<List<TitleForm>> _titlesByLast;
    private readonly WordMap<List<(string[] Tokens, string Country)>> _countriesByLast;
    private readonly WordSet _titleWords;
    private readonly WordSet _titleFirstWords;
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);
    private readonly WordMap<List<EventForm>> _eventsByFirst;

    // Lazy: a lexicon begun on another thread (Begin) is waited for, not made a second time.
    private static readonly ConditionalWeakTable<ReferenceSet, Lazy<Lexicon>> Cache = new();

    /// <summary>The lexicon of a reference set, built once and shared by every extractor.</summary>
    public static Lexicon For(ReferenceSet reference) => Cache.GetValue(reference, r => new Lazy<Lexicon>(() => new Lexicon(r))).Value;

    /// <summary>From this many people (not terms, as for the term index), <see cref="Begin"/> makes the lexicon on another thread.</summary>
    internal const int PeopleInBackgroundFrom = 100_000;

    /// <summary>
    /// Begins the lexicon of a large set on another thread, so that it is made beside whatever its caller does next
    /// (loading the rules); <see cref="For"/> then waits for it. A small set's lexicon is left to <see cref="For"/>.
    /// </summary>
    public static void Begin(ReferenceSet reference)
    {
        if (reference.People.Count >= PeopleInBackgroundFrom) _ = Task.Run(() => For(reference));
    }

    public static readonly WordSet Honorifics = new(StringComparer.Ordinal,
        "Ayatollah", "Grand", "Sayyid", "Sayed", "Seyyed", "Sheikh", "Hojatoleslam", "Hojjatoleslam", "Dr", "Dr.", "Mr", "Mr.",
        "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame", "His", "Her", "Majesty", "Highness", "Excellency",
        // Military ranks between a title and a name: "IRGC commander Maj. Gen. Hossein Salami".
        "General", "Gen", "Major", "Maj", "Brigadier", "Brig", "Lieutenant", "Lt", "Colonel", "Col", "Admiral", "Adm", "Rear",
        "Captain", "Capt", "Commodore", "Marshal", "Sergeant", "Sgt");

    public Lexicon(ReferenceSet reference)
    {
        Reference = reference;
        var titlesByLastBuilder = new Dictionary<string, List<TitleForm>>(StringComparer.OrdinalIgnoreCase);
        var countriesByLastBuilder = new Dictionary<string, List<(string[] Tokens, string Country)>>(StringComparer.Ordinal);
        var titleWordsBuilder = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var eventsByFirstBuilder = new Dictionary<string, List<EventForm>>(StringComparer.OrdinalIgnoreCase);

        var countryWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in reference.Countries)
        {
            foreach (var text in country.Aliases.Prepend(country.Name))
            {
                var tokens = Words(text);
                if (tokens.Length == 0) continue;
                if (!countriesByLastBuilder.TryGetValue(tokens[^1], out var list)) countriesByLastBuilder[tokens[^1]] = list = [];
                list.Add((tokens, country.Id));
                countryWords.Add(string.Join(' ', tokens));
            }
        }
        foreach (var list in countriesByLastBuilder.Values) list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));

        var titles = new Dictionary<string, (string[] Tokens, HashSet<string> Offices)>(StringComparer.OrdinalIgnoreCase);
        foreach (var office in reference.Offices)
        {
            foreach (var text in office.Aliases.Prepend(office.Title))
            {
                var tokens = Words(text).Select(w => w.ToLowerInvariant()).ToArray();
                if (tokens.Length == 0) continue;
                var key = string.Join(' ', tokens);
                if (!titles.TryGetValue(key, out var entry)) titles[key] = entry = (tokens, new HashSet<string>(StringComparer.Ordinal));
                entry.Offices.Add(office.Id);
                foreach (var w in tokens) titleWordsBuilder.Add(w);
            }
        }
        foreach (var (key, (tokens, offices)) in titles)
        {
            var namesCountry = countryWords.Any(c => $" {key} ".Contains($" {c} ", StringComparison.OrdinalIgnoreCase));
            var form = new TitleForm(tokens, offices.Order(StringComparer.Ordinal).ToArray(), namesCountry);
            if (!titlesByLastBuilder.TryGetValue(tokens[^1], out var list)) titlesByLastBuilder[tokens[^1]] = list = [];
            list.Add(form);
        }
        foreach (var list in titlesByLastBuilder.Values) list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));

        // Each person's names are read into words here only to learn their first tokens and the given names; the
        // names themselves become NameForms when a draft first meets their first token. A million people's four
        // million forms would take seconds of garbage collection to build, and drafts meet a few thousand.
        _titleWords = new WordSet(StringComparer.OrdinalIgnoreCase, titleWordsBuilder);
        _titleFirstWords = new WordSet(StringComparer.OrdinalIgnoreCase, titles.Values.Select(t => t.Tokens[0]));
        _people = reference.People.ToArray();
        _chainPerson = new int[_people.Length * 4];
        _chainNext = new int[_people.Length * 4];
        _nameChains.EnsureCapacity(_people.Length * 2);
        var spellings = new List<NameOutline>();
        for (var i = 0; i < _people.Length; i++)
        {
            // As BuildNames reads them, but only what is kept here: a name's first word, its surname's, given names.
            // Surnames come last, so that a one-word alias ("Khamenei") is the word kept, not a copy from the name.
            var person = _people[i];
            var name = Outline(person.Name);
            Chain(name.First, i);
            spellings.Clear();
            foreach (var alias in person.Aliases)
            {
                var words = Outline(alias);
                Chain(words.First, i);
                if (person.Spellings.Contains(alias)) spellings.Add(words);
                // Given names: the first word of a full name or spelling, and of an alias of three words or more ("Ali Akbar Hashemi Rafsanjani").
                else if (words.Count > 2 && !Honorifics.Contains(words.First!)) _givenNames.Add(words.First!);
            }
            foreach (var spelling in person.Spellings)
            {
                var words = Outline(spelling);
                Chain(words.First, i);
                spellings.Add(words);
            }
            if (name.Count > 1) _givenNames.Add(name.First!);
            foreach (var w in spellings) if (w.Count > 1) _givenNames.Add(w.First!);
            Chain(name.Surname, i);
            foreach (var w in spellings) Chain(w.Surname, i);
        }

        foreach (var e in reference.Events)
        {
            foreach (var name in e.Aliases.Prepend(e.Name))
            {
                var words = Words(name);
                // A single ordinary word is too weak a sign of a specific event; a code such as "NSPM-2" is not.
                if (words.Length < 2 && !(words.Length == 1 && words[0].Any(char.IsDigit))) continue;
                if (!eventsByFirstBuilder.TryGetValue(words[0], out var list)) eventsByFirstBuilder[words[0]] = list = [];
                var generic = e.Place is not null && words.All(w => !char.IsUpper(w[0]) && !w.Any(char.IsDigit));
                list.Add(new EventForm(words, e.Id, generic));
            }
        }
        foreach (var list in eventsByFirstBuilder.Values) list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        // Looked up for nearly every token of every draft: frozen maps behind a quick test of first and last letters with the length
        // (these grow with offices, not people).
        _titlesByLast = new(titlesByLastBuilder, StringComparer.OrdinalIgnoreCase);
        _countriesByLast = new(countriesByLastBuilder, StringComparer.Ordinal);
        _eventsByFirst = new(eventsByFirstBuilder, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Notes that person i may have a name starting with this word.</summary>
    private void Chain(string? first, int person)
    {
        if (first is null) return;
        if (_chainCount == _chainPerson.Length)
        {
            Array.Resize(ref _chainPerson, Math.Max(16, _chainCount * 2));
            Array.Resize(ref _chainNext, _chainPerson.Length);
        }
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_nameChains, first, out var exists);
        if (exists && _chainPerson[head] == person) return;
        _chainPerson[_chainCount] = person;
        _chainNext[_chainCount] = exists ? head : -1;
        head = _chainCount++;
    }

    /// <summary>
    /// The forms starting with a token, longest first, or null: built from the people whose names may start with it,
    /// as if every name of the set had been gathered in order — each person's name, then aliases and spellings, and
    /// after all of them the surnames not listed — and kept where they start with the token.
    /// </summary>
    private List<NameForm>? BuildNames(string token)
    {
        var candidates = new List<int>();
        for (var c = _nameChains[token]; c >= 0; c = _chainNext[c]) candidates.Add(_chainPerson[c]);
        candidates.Sort();
        // One entry per name (one key), updated in place; its first person inline, any others in a list.
        var names = new Dictionary<string, NameEntry>(StringComparer.Ordinal);
        void AddName(string[]? tokens, string person, bool requiresPrior, bool variant = false, bool surname = false)
        {
            if (tokens is not { Length: > 0 } || tokens[0] != token) return;
            var key = string.Join(' ', tokens);
            if (surname && names.ContainsKey(key)) return;
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(names, key, out var exists);
            if (exists)
            {
                if (entry.Person != person && !(entry.More?.Contains(person) ?? false)) (entry.More ??= []).Add(person);
                entry.RequiresPrior &= requiresPrior;
                entry.Variant |= variant;
            }
            else
            {
                entry = new NameEntry { Tokens = tokens, Person = person, Full = tokens.Length > 1 && !surname, RequiresPrior = requiresPrior, Variant = variant };
            }
        }
        var pendingSurnames = new List<(string[] Surname, string Person, bool Variant)>();
        var spellingWords = new List<string[]>();
        var last = -1;
        foreach (var i in candidates)
        {
            if (i == last) continue;
            last = i;
            var person = _people[i];
            var nameWords = Words(person.Name);
            AddName(nameWords, person.Id, false);
            spellingWords.Clear();
            foreach (var alias in person.Aliases.Concat(person.Spellings))
            {
                var words = Words(alias);
                var isSpelling = person.Spellings.Contains(alias);
                if (isSpelling) spellingWords.Add(words);
                // "Sultan Haitham bin Tariq": the title is read as a title, so it must not hide inside a name.
                var first = words.FirstOrDefault();
                if (first is not null && _titleWords.Contains(first) && char.IsUpper(first[0]) && !Honorifics.Contains(first)) continue;
                AddName(words, person.Id, false, isSpelling);
            }
            // Surnames not listed: usable once the full name has appeared in the draft ("Rohani" after "Hassan Rohani").
            // Gathered here and added after every listed name, so that a listed name always wins.
            if (NameSpelling.Surname(nameWords) is { } surname) pendingSurnames.Add((surname, person.Id, false));
            foreach (var w in spellingWords) if (NameSpelling.Surname(w) is { } s) pendingSurnames.Add((s, person.Id, true));
        }
        foreach (var (surname, person, variant) in pendingSurnames) AddName(surname, person, true, variant, surname: true);
        if (names.Count == 0) return null;
        var forms = new List<NameForm>(names.Count);
        foreach (var (key, value) in names)
        {
            var people = value.More is null ? [value.Person] : value.More.Prepend(value.Person).Order(StringComparer.Ordinal).ToArray();
            forms.Add(new NameForm(key, value.Tokens, people, value.Full, value.RequiresPrior, value.Variant));
        }
        if (forms.Count > 1) forms.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        return forms;
    }

    /// <summary>A name while the lexicon is built: its first person inline, any others in a list (rarely needed).</summary>
    private struct NameEntry
    {
        public string[] Tokens;
        public string Person;
        public List<string>? More;
        public bool Full;
        public bool RequiresPrior;
        public bool Variant;
    }

    public ReferenceSet Reference { get; }

    /// <summary>The name forms starting with the token, longest first, or null; built on the first lookup of the token.</summary>
    public IReadOnlyList<NameForm>? NamesStartingWith(string token) =>
        !_nameChains.ContainsKey(token) ? null
        // Looked up first: GetOrAdd with the method group would make a delegate at every call.
        : _namesByFirst.TryGetValue(token, out var names) ? names : _namesByFirst.GetOrAdd(token, BuildNames);

    /// <summary>The form starts with a given name (or an honorific): "Akbar Hashemi Rafsanjani", not "Hashemi Rafsanjani".</summary>
    public bool StartsWithGivenName(NameForm form) => _givenNames.Contains(form.Tokens[0]) || Honorifics.Contains(form.Tokens[0]);

    public IReadOnlyList<TitleForm>? TitlesEndingWith(string token) => _titlesByLast.GetValueOrDefault(token);

    public IReadOnlyList<(string[] Tokens, string Country)>? CountriesEndingWith(string token) => _countriesByLast.GetValueOrDefault(token);

    /// <summary>The country (id) whose name or alias ends at token k and starts at or after <paramref name="from"/>, with its first token.</summary>
    public (string Country, int Start)? CountryEndingAt(List<Token> tokens, int from, int k)
    {
        if (k < from || !tokens[k].IsWord || CountriesEndingWith(tokens[k].Text) is not { } forms) return null;
        foreach (var (words, country) in forms)
        {
            var start = k - words.Length + 1;
            if (start < from) continue;
            var ok = true;
            for (var j = 0; j < words.Length && ok; j++) ok = tokens[start + j].Text == words[j];
            if (ok) return (country, start);
        }
        return null;
    }

    /// <summary>The forms of the event names that start with the token, or null (punctuation starts none).</summary>
    private List<EventForm>? EventFormsFrom(Token token) =>
        token.Kind != TokenKind.Punct && _eventsByFirst.TryGetValue(token.Text, out var forms) ? forms : null;

    /// <summary>Some event's name starts with the token: a test that makes no enumerator, for a scan of every token.</summary>
    public bool StartsEvent(Token token) => EventFormsFrom(token) is not null;

    /// <summary>The event forms starting at token i, longest first, each with the token after its match.</summary>
    public IEnumerable<(EventForm Form, int End)> EventsAt(List<Token> tokens, int i, int to) =>
        EventFormsFrom(tokens[i]) is { } forms ? EventsAt(tokens, i, to, forms) : [];

    private static IEnumerable<(EventForm Form, int End)> EventsAt(List<Token> tokens, int i, int to, List<EventForm> forms)
    {
        foreach (var form in forms)
        {
            if (MatchWords(tokens, i, to, form.Tokens) is { } end) yield return (form, end);
        }
    }

    /// <summary>Words matched case-insensitively from token i; hyphens, dashes and commas between words are skipped.</summary>
    private static int? MatchWords(List<Token> tokens, int i, int to, string[] words)
    {
        var p = i;
        for (var k = 0; k < words.Length; k++)
        {
            while (k > 0 && p < to && tokens[p].Kind == TokenKind.Punct && tokens[p].Text[0] is '-' or '\u2013' or ',') p++;
            if (p >= to || tokens[p].Kind == TokenKind.Punct) return null;
            var text = tokens[p].Possessive ? tokens[p].Text + "'s" : tokens[p].Text;
            if (!string.Equals(text, words[k], StringComparison.OrdinalIgnoreCase)) return null;
            p++;
        }
        return p;
    }

    /// <summary>A word that appears in some office title ("president", "minister").</summary>
    public bool IsTitleWord(string token) => _titleWords.Contains(token);

    /// <summary>A word that some office title starts with ("secretary", "foreign"): most words start none, and need no longer look.</summary>
    public bool StartsTitle(string token) => _titleFirstWords.Contains(token);

    [ThreadStatic] private static List<Token>? t_words;

    /// <summary>Of a name's words (as <see cref="Words"/> gives them): the first, how many, and the first of the surname.</summary>
    internal readonly record struct NameOutline(string? First, int Count, string? Surname);

    /// <summary>
    /// A name's <see cref="NameOutline"/>, as <see cref="Words"/> and <see cref="NameSpelling.Surname"/> would give
    /// it, without their arrays: a million people's names are outlined when the lexicon is made.
    /// </summary>
    internal static NameOutline Outline(string text)
    {
        var tokens = NameTokens(text);
        int count = 0, first = -1, last = -1, beforeLast = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Punct) continue;
            if (first < 0) first = k;
            beforeLast = last;
            last = k;
            count++;
        }
        if (count == 0) return default;
        if (IsItsOwnWord(tokens, text)) return new(text, 1, null);
        if (count == 1) return new(Word(tokens[first]), 1, null);
        var particle = count > 2 ? Word(tokens[beforeLast]) : null;
        return new(Word(tokens[first]), count, particle is not null && NameSpelling.IsSurnameParticle(particle) ? particle : Word(tokens[last]));
    }

    internal static string[] Words(string text)
    {
        // Called for every name of the reference set (millions at scale): one array, no LINQ.
        var tokens = NameTokens(text);
        var count = 0;
        foreach (var t in tokens) if (t.Kind != TokenKind.Punct) count++;
        if (count == 0) return [];
        if (IsItsOwnWord(tokens, text)) return [text];
        var words = new string[count];
        var k = 0;
        foreach (var t in tokens) if (t.Kind != TokenKind.Punct) words[k++] = Word(t);
        return words;
    }

    /// <summary>A name's tokens, in a list kept per thread and used again for the next name.</summary>
    private static List<Token> NameTokens(string text)
    {
        var tokens = t_words ??= new List<Token>();
        tokens.Clear();
        return Tokenizer.Tokenize(text, 0, text.Length, tokens);
    }

    /// <summary>A one-word name ("Khamenei") is its own word: the string already held, not a new one for the lexicon to keep.</summary>
    private static bool IsItsOwnWord(List<Token> tokens, string text) =>
        tokens.Count == 1 && !tokens[0].Possessive && string.Equals(tokens[0].Text, text, StringComparison.Ordinal);

    /// <summary>A word of a name as written: "Iran's" keeps its possessive.</summary>
    private static string Word(Token t) => t.Possessive ? t.Text + "'s" : t.Text;
}
