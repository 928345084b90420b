using MediaReview.Documents;

namespace MediaReview.Claims;

// The time a claim speaks of: which times in a sentence govern its titles, which only pass by.
public sealed partial class OfficeClaimExtractor
{
    private static readonly PhraseSet HistoricalMarkers = new(
    [
        ["at", "the", "time"], ["at", "that", "time"], ["during", "his", "presidency"], ["during", "her", "presidency"],
        ["during", "his", "tenure"], ["during", "her", "tenure"], ["while", "in", "office"], ["first", "term"], ["previous", "term"],
        ["was", "then"], ["were", "then"], ["took", "office"], ["took", "power"], ["came", "to", "power"], ["was", "elected"],
        ["was", "sworn", "in"], ["took", "the", "oath"], ["in", "the", "past"],
        // A past the text points back to without dating it here: "That year, …", "Years earlier, …", "Back then, …".
        ["that", "year"], ["that", "same", "year"], ["the", "same", "year"], ["later", "that", "year"], ["the", "following", "year"],
        ["the", "next", "year"], ["a", "year", "later"], ["years", "earlier"], ["years", "later"], ["years", "before"], ["back", "then"],
        ["that", "month"], ["at", "that", "point"], ["in", "those", "days"],
        // Past perfect: "Vice President Joe Biden had backed the deal".
        ["had", "backed"], ["had", "negotiated"], ["had", "signed"], ["had", "served"], ["had", "led"], ["had", "met"], ["had", "said"],
        ["had", "warned"], ["had", "called"], ["had", "helped"], ["had", "pushed"], ["had", "held"], ["had", "opposed"],
        ["had", "supported"], ["had", "praised"], ["had", "promised"], ["had", "approved"], ["had", "announced"], ["had", "visited"],
    ]);

    /// <summary>"The 2015 deal, negotiated by Secretary of State John Kerry, …": the title is the one held when that was done.</summary>
    private static readonly WordSet PastParticiples = new(StringComparer.OrdinalIgnoreCase,
        "negotiated", "brokered", "signed", "appointed", "nominated", "championed", "crafted", "struck", "sealed", "drafted");

    /// <summary>Before a past participle, these make it a passive verb of the sentence ("the deal was negotiated by …"), which has the sentence's time.</summary>
    private static readonly WordSet PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase,
        "was", "were", "is", "are", "be", "been", "being", "am", "has", "have", "had", "get", "got", "gets", "getting", "not", "also", "then", "later");

    /// <summary>
    /// The token before "negotiated by" makes the participle describe a thing, not the sentence's verb: a comma ("The
    /// 2015 deal, negotiated by …,") or a noun ("the 2015 agreement negotiated by …").
    /// </summary>
    private static bool SetsOffParticiple(Token before) =>
        before.IsPunct(',') || before.Kind != TokenKind.Punct && !PassiveAuxiliaries.Contains(before.Text);

    internal readonly record struct ClaimTime(DateRange Range, bool HasTime, string Reason, double ConfidenceFactor);

    /// <summary>Offices whose holders name an era ("the Biden administration").</summary>
    private static readonly string[] EraTitles = ["President", "Prime Minister", "Supreme Leader", "Sultan"];

    bool IEraResolver.IsTitleWord(string word) => _lexicon.IsTitleWord(word);

    /// <summary>The time an office holder's era spans: "the Biden administration", "Trump's first term".</summary>
    DateRange? IEraResolver.EraOf(string surname, int ordinal)
    {
        var forms = _lexicon.NamesStartingWith(surname);
        var person = forms?.FirstOrDefault(f => f.Tokens.Length == 1 && f.People.Length == 1 && !f.RequiresPrior)?.People[0];
        if (person is null) return null;
        // Heads of state and government: the offices an era is named after (any office for "under <title> <name>").
        var terms = _reference.TermsOf(person)
            .Where(t => ordinal < 0 || EraTitles.Any(prefix => _reference.GetOffice(t.Office).Title.StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(t => t.Start)
            .ToList();
        // The set may keep two consecutive terms as one: then "second term" falls back to the whole span.
        if (ordinal > 0 && ordinal <= terms.Count) terms = terms.Skip(ordinal - 1).Take(1).ToList();
        if (terms.Count == 0) return null;
        // The last day of a term is the successor's first: an era ends the day before, so that "during the
        // Biden administration, Vice President JD Vance" is not excused by inauguration day.
        var last = terms[^1].End is { } end ? end.AddDays(-1) : _reference.AsOf ?? DateOnly.MaxValue;
        return new DateRange(terms[0].Start, last);
    }

    private static readonly WordSet GoverningPrepositions = new(StringComparer.OrdinalIgnoreCase,
        "in", "on", "during", "from", "between", "by", "throughout", "since", "until", "back", "around", "circa", "as", "under", "early", "late");

    private static readonly WordSet ClauseBreakers = new(StringComparer.OrdinalIgnoreCase,
        "which", "who", "whom", "whose", "where", "but", "while", "although", "though", "whereas");

    private static readonly PhraseSet FutureMarkers = new(
    [
        ["will"], ["is", "expected", "to"], ["are", "expected", "to"], ["is", "set", "to"], ["is", "due", "to"], ["takes", "office"],
        ["once", "confirmed"], ["is", "to"], ["plans", "to"],
    ]);

    private static readonly PhraseSet MemoryPhrases = new([["reference", "to"], ["in", "memory"]]);

    private static readonly WordSet ContinuationWords = new(StringComparer.OrdinalIgnoreCase,
        "later", "afterwards", "afterward", "subsequently", "soon", "thereafter", "meanwhile", "then");

    private static readonly WordSet SubordinateOpeners = new(StringComparer.Ordinal,
        "When", "After", "Before", "While", "As", "Once", "Until");

    private static readonly WordSet DeathWords = new(StringComparer.OrdinalIgnoreCase,
        "killed", "killing", "killer", "died", "dead", "death", "slain", "assassinated", "assassination", "martyr", "martyred",
        "martyrdom", "funeral", "buried", "burial", "memorial", "legacy", "anniversary", "mourned", "mourning", "mourners", "tribute",
        "portrait", "remembered", "posthumous", "posthumously");

    private static readonly WordSet PresentMarkers = new(StringComparer.OrdinalIgnoreCase,
        "now", "currently", "today", "still");

    /// <summary>The word's classes that concern sentence markers (<see cref="WordClasses.Of"/>).</summary>
    internal static WordClass MarkerClassOf(string word) => SentenceContext.IsMarkerWord(word) ? WordClass.Marker : WordClass.None;

    /// <summary>
    /// A sentence and the times it sets. A time that opens the sentence ("In 2018, …", "2015: …", "During
    /// the Biden administration, …") governs the titles of its main clause. Other times in the sentence
    /// only widen the time a plain title is judged at (with the draft's date), so a year in passing ("a
    /// report published in 2019") never makes a current title look wrong; times inside a relative clause
    /// ("…, who ran for president in 2016, …") describe something else and are left out.
    /// </summary>
    private sealed class SentenceContext
    {
        private readonly OfficeClaimExtractor _owner;
        private readonly bool[] _quotes;
        /// <summary>The tokens' <see cref="WordClass"/> (<see cref="ProseBlock.Classes"/>).</summary>
        private readonly List<byte> _classes;
        /// <summary>"the draft is dated …", made once per draft.</summary>
        private readonly string _dated;
        private readonly SentenceContext? _previous;
        private readonly TimeMention? _inherited;
        private List<TimeMention>? _times;
        private TimeMention? _governing;
        private bool _historical;
        private bool _present;
        private bool _future;
        private bool _recallsDeath;
        private List<TimeMention>? _allTimes;
        private List<(int From, int To)> _relative = NoClauses;

        /// <summary>No relative clauses: shared by the many sentences without one, and never added to.</summary>
        private static readonly List<(int From, int To)> NoClauses = [];

        /// <summary>The sentence is about now: a weekday, "now", "today", "currently", "still".</summary>
        public bool SpeaksOfNow
        {
            get { Analyze(); return _present; }
        }

        public SentenceContext(OfficeClaimExtractor owner, ProseBlock block, int from, int to, Document document, DateRange writtenOn,
            string dated, SentenceContext? previous, TimeMention? inherited = null)
        {
            _inherited = inherited;
            _owner = owner;
            Tokens = block.Tokens;
            _classes = block.Classes;
            From = from;
            To = to;
            Document = document;
            WrittenOn = writtenOn;
            _dated = dated;
            _quotes = block.Quotes;
            _previous = previous;
        }

        public List<Token> Tokens { get; }
        public int From { get; }
        public int To { get; }
        public Document Document { get; }
        public DateRange WrittenOn { get; }

        public bool InQuote(int token) => _quotes[token];

        /// <summary>The time and sentence facts of a claim read at the token.</summary>
        public ClaimContext Context(ClaimTime time, int token) =>
            new(WrittenOn, time.Range, time.HasTime, time.Reason, InQuote(token), SpeaksOfNow, RecallsDeath);

        public string Text(int from, int to) => Document.ReadableText(Tokenizer.SpanOf(Tokens, from, to, Document.Prose));

        /// <summary>
        /// The time this sentence hands on to the next in its paragraph: its own opening time, or, if it
        /// has no time and does not speak of now, the one it was handed ("In May 2015, … . Zarif, meanwhile, …").
        /// </summary>
        private TimeMention? Carried
        {
            get { Analyze(); return _carried; }
        }

        private TimeMention? _carried;

        /// <summary>All the times of the sentence as one range, for a next sentence that goes on with "later", "then".</summary>
        private TimeMention? Passing
        {
            get
            {
                Analyze();
                DateRange? hull = null;
                var yearInferred = false;
                foreach (var m in _times!)
                {
                    hull = Widen(hull, m.Range);
                    yearInferred |= m.YearInferred;
                }
                return hull is { } h ? new TimeMention(h, From, From, yearInferred) : null;
            }
        }

        /// <summary>What the sentence before hands on; for a paragraph's first sentence, the time of a year heading above it.</summary>
        private TimeMention? PreviousCarried => _previous is null ? _inherited : _previous.Carried;

        /// <summary>The sentence mentions a death or a memory: "martyr", "killed", "funeral", "a reference to".</summary>
        public bool RecallsDeath
        {
            get { Analyze(); return _recallsDeath; }
        }

        /// <summary>
        /// Found on first use: most sentences make no claim. The sentences before it in the paragraph are
        /// analysed first, oldest first and without recursion, since each may carry its time to the next
        /// (a paragraph of thousands of sentences must not exhaust the stack).
        /// </summary>
        private void Analyze()
        {
            if (_times is not null) return;
            if (_previous is { _times: null })
            {
                var pending = new Stack<SentenceContext>();
                for (var p = _previous; p is { _times: null }; p = p._previous) pending.Push(p);
                while (pending.Count > 0) pending.Pop().AnalyzeCore();
            }
            AnalyzeCore();
        }

        private void AnalyzeCore()
        {
            if (_times is not null) return;
            // A date without a year in a paragraph that set an explicit time takes its year from there
            // ("2013: … In September, …"), else from the draft's date.
            var context = PreviousCarried is { YearInferred: false } c ? c.Range : (DateRange?)null;
            var all = TimeExpressions.Find(Tokens, _classes, From, To, Document.Date, _owner, context);
            var relative = RelativeClauses();
            _relative = relative;
            _allTimes = all;
            if (all.Count == 0) _times = all;
            else
            {
                _times = new List<TimeMention>(all.Count);
                foreach (var m in all)
                {
                    if (!PhraseSet.Inside(m.StartToken, relative)) _times.Add(m);
                }
            }
            // Nullable, so that "no opening time" is null and not a default TimeMention.
            var first = From;
            while (first < To && Tokens[first].Kind == TokenKind.Punct) first++;
            // "On Friday, Jan. 3, …" and a label "**Friday, Jan. 3:**" open with their weekday.
            var afterWeekday = first + 2 < To && Tokens[first].IsWord && Weekdays.Contains(Tokens[first].Text) && Tokens[first + 1].IsPunct(',') ? first + 2 : -1;
            _governing = null;
            foreach (var m in _times)
            {
                if (m.StartToken == first || m.StartToken == afterWeekday
                    || (m.StartToken == first + 1 && Tokens[first].IsWord && GoverningPrepositions.Contains(Tokens[first].Text)))
                {
                    _governing = m;
                    break;
                }
            }
            MarkersOf(relative);
            if (_governing is null && OpeningPeriod(first) is var (period, dated))
            {
                if (dated is { } d) _governing = d;
                // "During the war, …": a period the text does not date; the titles are of that time, which is unknown.
                else _historical |= period;
            }
            _carried = _governing ?? (_times.Count == 0 && !_present ? PreviousCarried : null);
        }

        /// <summary>
        /// The sentence's markers, in one pass over its words (each kind was a pass of its own): a past ("at the time", "had backed"), a future ("will"),
        /// a death or a memory, and now (a weekday, "today"). Most words are none of these and cost one filter test.
        /// </summary>
        private void MarkersOf(List<(int From, int To)> relative)
        {
            for (var i = From; i < To; i++)
            {
                // The class says whether the word is a key (punctuation has none): the lookup only fetches the kinds.
                if (((WordClass)_classes[i] & WordClass.Marker) == 0) continue;
                var t = Tokens[i];
                if (!SentenceMarkers.TryGetValue(t.Text, out var found)) continue;
                var kinds = (Marker)found;
                // A marker inside a relative clause ("Raisi, a hardliner who took office in 2021, …") speaks of that clause only.
                if ((kinds & Marker.Past) != 0 && !_historical) _historical = HistoricalMarkers.OccursAt(Tokens, i, From, To, relative);
                if ((kinds & Marker.Future) != 0 && !_future) _future = FutureMarkers.OccursAt(Tokens, i, From, To, relative);
                if ((kinds & Marker.Death) != 0) _recallsDeath = true;
                if ((kinds & Marker.Memory) != 0 && !_recallsDeath) _recallsDeath = MemoryPhrases.OccursAt(Tokens, i, From, To);
                // "President Ebrahim Raisi, who died on Sunday, was buried": the weekday belongs to the relative clause.
                if ((kinds & Marker.Now) != 0 && !_present)
                {
                    _present = (Weekdays.Contains(t.Text) && !NamesAThing(i) || PresentMarkers.Contains(t.Text))
                        && !PhraseSet.Inside(i, relative)
                        // "That Sunday", "the following Monday" point back, not to this week.
                        && !(i > From && Tokens[i - 1].IsWord && Tokens[i - 1].Lower is "that" or "same" or "next" or "following" or "last" or "previous");
                }
            }
        }

        [Flags]
        private enum Marker { Past = 1, Future = 2, Death = 4, Memory = 8, Now = 16 }

        /// <summary>Every word a marker is found by (a phrase's anchor, <see cref="PhraseSet.Anchors"/>, or a marker word), with the kinds (<see cref="Marker"/>) it may belong to; a weekday in any case, its own test being case-sensitive.</summary>
        private static readonly WordMap<int> SentenceMarkers = MarkerWords();

        /// <summary>Whether a sentence marker may be found by the word (<see cref="WordClass.Marker"/>).</summary>
        public static bool IsMarkerWord(string word) => SentenceMarkers.ContainsKey(word);

        // Plain loops and an int map: LINQ over tuples and a map of an enum are generic code over value types, which
        // precompiled code does not hold; made at start-up, they cost 47 methods jitted (about 7 ms of every check).
        private static WordMap<int> MarkerWords()
        {
            var kinds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            void Add(IEnumerable<string> words, Marker kind)
            {
                foreach (var word in words) kinds[word] = (kinds.TryGetValue(word, out var k) ? k : 0) | (int)kind;
            }
            Add(HistoricalMarkers.Anchors, Marker.Past);
            Add(FutureMarkers.Anchors, Marker.Future);
            Add(DeathWords.Words, Marker.Death);
            Add(MemoryPhrases.Anchors, Marker.Memory);
            Add(PresentMarkers.Words, Marker.Now);
            Add(Weekdays.Words, Marker.Now);
            return new WordMap<int>(kinds, StringComparer.OrdinalIgnoreCase);
        }

        private static readonly WordSet WeekdayNouns = new(StringComparer.OrdinalIgnoreCase,
            "prayer", "prayers", "sermon", "sermons", "school", "schools", "market", "markets", "mosque", "edition", "editions", "newspaper", "service", "services", "club");

        /// <summary>"the Friday prayer leader", "Sunday school": a weekday that names a thing, not a day.</summary>
        private bool NamesAThing(int i) => i + 1 < To && Tokens[i + 1].IsWord && !Tokens[i].Possessive && WeekdayNouns.Contains(Tokens[i + 1].Text);

        private static readonly WordSet PeriodOpeners = new(StringComparer.Ordinal, "During", "Throughout", "Amid");

        /// <summary>
        /// A sentence opening with a period and a comma: "During the Iran–Iraq war, …" (a reference event,
        /// dated by the set), "During the 2024 campaign, …" (the year), "During the war, …" (undated: a
        /// period, but no time). Null when the sentence does not open so, or the phrase holds a time of its own.
        /// </summary>
        private (bool Period, TimeMention? Dated)? OpeningPeriod(int first)
        {
            if (first >= To || !Tokens[first].IsWord || !PeriodOpeners.Contains(Tokens[first].Text)) return null;
            var comma = first + 1;
            while (comma < To && comma <= first + 12 && !Tokens[comma].IsPunct(',')) comma++;
            if (comma >= To || !Tokens[comma].IsPunct(',') || comma == first + 1) return null;
            if (_allTimes!.Any(m => m.StartToken > first && m.StartToken < comma)) return null;
            for (var i = first + 1; i < comma; i++)
            {
                foreach (var (form, end) in _owner._lexicon.EventsAt(Tokens, i, comma))
                {
                    if (form.Generic || _owner._reference.FindEvent(form.Event) is not { } e) continue;
                    var start = e.Date ?? e.Start!.Value;
                    var last = e.Date ?? e.End ?? (_owner._reference.AsOf is { } asOf ? TimeExpressions.Later(asOf, Document.Date) : Document.Date);
                    return (true, new TimeMention(new DateRange(start, last), first, comma, false));
                }
            }
            // "During the 2024 campaign": a year that names the period.
            for (var i = first + 1; i + 1 < comma; i++)
            {
                if (Tokens[i].IsIgnoreCase("the") && TimeExpressions.YearValue(Tokens[i + 1].Text) is { } year && Tokens[i + 1].Kind == TokenKind.Number)
                    return (true, new TimeMention(DateRange.Year(year), first, comma, false));
            }
            return (true, null);
        }

        /// <summary>
        /// Comma-delimited stretches [comma, next comma or end) that hold a relative clause: ", who …,",
        /// ", which …,", ", a hardliner who took office in 2021,".
        /// </summary>
        private List<(int From, int To)> RelativeClauses()
        {
            List<(int, int)>? clauses = null;
            for (var i = From; i + 1 < To; i++)
            {
                if (!Tokens[i].IsPunct(',')) continue;
                var end = i + 1;
                var relative = false;
                while (end < To && !Tokens[end].IsPunct(',') && !Tokens[end].IsPunct(';'))
                {
                    relative |= RelativePronouns.Contains(Tokens[end].Text);
                    end++;
                }
                if (relative) (clauses ??= []).Add((i, end));
            }
            return clauses ?? NoClauses;
        }

        private static readonly WordSet RelativePronouns = new(StringComparer.OrdinalIgnoreCase, "who", "which", "whose", "whom", "where");

        private bool ContinuesPrevious()
        {
            for (var i = From; i < To; i++)
            {
                if (Tokens[i].IsWord && ContinuationWords.Contains(Tokens[i].Text)) return true;
                // "That Sunday, …", "the same day", "the next morning".
                if (Tokens[i].IsWord && Tokens[i].Lower is "that" or "same" or "next" or "following" && i + 1 < To && Tokens[i + 1].IsWord
                    && (Weekdays.Contains(Tokens[i + 1].Text) || Tokens[i + 1].Lower is "day" or "week" or "month" or "morning" or "evening" or "night" or "afternoon"))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// A time in an opening subordinate clause governs the titles in that clause: "When President Joe
        /// Biden withdrew the United States in May 2018, …".
        /// </summary>
        private TimeMention? OpeningClauseTime(int claimToken)
        {
            if (!Tokens[From].IsWord || !SubordinateOpeners.Contains(Tokens[From].Text)) return null;
            var end = From;
            while (end < To && !Tokens[end].IsPunct(',')) end++;
            if (claimToken >= end) return null;
            foreach (var m in _times!)
            {
                if (m.StartToken > From && m.EndToken <= end) return m;
            }
            return null;
        }

        /// <summary>The "that", "which" or "who" between the time and the claim that opens the claim's own clause, if any.</summary>
        private int? ClauseStart(int timeEnd, int claimToken)
        {
            for (var i = claimToken - 1; i >= timeEnd && i >= From; i--)
            {
                if (Tokens[i].IsWord && Tokens[i].Lower is "that" or "which" or "who" or "whom" or "whose") return i;
            }
            return null;
        }

        /// <summary>The opening time governs the claim unless a relative clause, "but" or "now" comes between.</summary>
        private bool Governs(TimeMention governing, int claimToken)
        {
            for (var i = governing.EndToken; i < claimToken && i + 1 < To; i++)
            {
                if (Tokens[i].IsPunct(',') && Tokens[i + 1].IsWord && ClauseBreakers.Contains(Tokens[i + 1].Text)) return false;
            }
            for (var i = claimToken; i < Math.Min(To, claimToken + 8); i++)
            {
                if (Tokens[i].IsWord && PresentMarkers.Contains(Tokens[i].Text)) return false;
            }
            return true;
        }

        /// <summary>
        /// The time a claim with this qualifier speaks of. "late" is judged at the time of writing; "former"
        /// there too unless the sentence opens with its own time; a plain title at the sentence's time.
        /// </summary>
        public ClaimTime TimeFor(string qualifier, int claimToken)
        {
            var time = TimeForCore(qualifier, claimToken);
            // "On Sunday, the 70-year-old Rouhani …": a weekday may be up to a week before the draft's date.
            if (qualifier == "age" && time.HasTime && time.Range == WrittenOn && (SpeaksOfNow || MentionsRecentDay()))
            {
                var week = new DateRange(WrittenOn.Start.AddDays(-7), WrittenOn.End);
                return new ClaimTime(week, true, $"the sentence speaks of the week to {WrittenOn.End:yyyy-MM-dd}", time.ConfidenceFactor);
            }
            return time;
        }

        /// <summary>"yesterday", "on Tuesday", "last week": a day shortly before the draft's date.</summary>
        private bool MentionsRecentDay()
        {
            for (var i = From; i < To; i++)
            {
                var t = Tokens[i];
                if (!t.IsWord) continue;
                if (t.IsIgnoreCase("yesterday") || Weekdays.Contains(t.Text) && !NamesAThing(i) || t.IsIgnoreCase("last") && i + 1 < To && Tokens[i + 1].IsIgnoreCase("week")) return true;
            }
            return false;
        }

        private ClaimTime TimeForCore(string qualifier, int claimToken)
        {
            if (qualifier is "none" or "then" && claimToken - 2 >= From && Tokens[claimToken - 1].IsIgnoreCase("by") && PastParticiples.Contains(Tokens[claimToken - 2].Text)
                && claimToken - 3 >= From && SetsOffParticiple(Tokens[claimToken - 3]))
                return new ClaimTime(WrittenOn, false, "the title is the one held when that was done", 1);
            var draft = _dated;
            if (qualifier is "late" or "current") return new ClaimTime(WrittenOn, true, draft, 1);
            Analyze();
            // "negotiated under President Barack Obama": a title inside an era phrase speaks of that era.
            foreach (var m in _allTimes!)
            {
                if (m.Era && claimToken >= m.StartToken && claimToken < m.EndToken)
                    return SpeaksOf(m.Range, 1);
            }
            // A claim inside a relative clause ("…, who served under President Rouhani from 2013 to 2021,")
            // is judged by that clause's own times.
            foreach (var (from, to) in _relative)
            {
                if (claimToken <= from || claimToken >= to) continue;
                DateRange? own = null;
                foreach (var m in _allTimes!)
                {
                    if (m.StartToken > from && m.StartToken < to) own = Widen(own, m.Range);
                }
                // "Zarif, who negotiated the deal with then-Secretary of State John Kerry, said in September …":
                // "then-" in a relative clause means that clause's time, not the main clause's.
                if (own is null && qualifier == "then") return Unspecified;
                if (own is null) break;
                if (qualifier == "former") break;
                return SpeaksOf(own.Value, 0.9);
            }
            TimeMention? governing = _governing is { } g && Governs(g, claimToken) ? g : OpeningClauseTime(claimToken);
            // "In May 2018 he left the deal that John Kerry, then secretary of state, had negotiated": a "then" title
            // in a clause of its own ("that", "which", "who") with no time of its own is of that clause's unstated past.
            if (governing is { } outer && qualifier is "then" or "then-age" && ClauseStart(outer.EndToken, claimToken) is { } clause)
            {
                DateRange? clauseTimes = null;
                foreach (var m in _allTimes!)
                {
                    if (m.StartToken > clause) clauseTimes = Widen(clauseTimes, m.Range);
                }
                return clauseTimes is { } ct ? SpeaksOf(ct, 0.9) : Unspecified;
            }
            if (qualifier == "then-age")
            {
                // "Khamenei, then 85, …; he turned 86 on April 19": only a time in the age's own clause says when "then" is.
                if (governing is { } ga) return SpeaksOf(ga.Range, ga.YearInferred ? 0.9 : 1);
                DateRange? own = null;
                foreach (var m in _times!)
                {
                    if (!SemicolonBetween(m.StartToken, claimToken)) own = Widen(own, m.Range);
                }
                return own is { } o ? SpeaksOf(o, 0.9) : Unspecified;
            }
            if (governing is { } gov)
            {
                return SpeaksOf(gov.Range, gov.YearInferred ? 0.9 : 1);
            }
            if (qualifier == "former") return _historical ? Unspecified : new ClaimTime(WrittenOn, true, draft, 1);
            if (_historical)
            {
                // "Foreign Minister Abbas Araghchi was sworn in on May 1, 2024": a dated past is that date.
                DateRange? dated = null;
                foreach (var m in _times!)
                {
                    if (!m.YearInferred && !m.Era) dated = Widen(dated, m.Range);
                }
                return dated is { } dr ? SpeaksOf(dr, 0.9) : Unspecified;
            }

            // Here no time governs the claim, so every time in the sentence is one in passing. An age is
            // stated for now: "Khamenei, 86, has had the final word since 1989" does not make him 50.
            DateRange? incidental = null;
            foreach (var m in _times!)
            {
                if (qualifier == "age" && (Tokens[m.StartToken].IsIgnoreCase("since") || m.StartToken > From && Tokens[m.StartToken - 1].IsIgnoreCase("since"))) continue;
                incidental = Widen(incidental, m.Range);
            }
            // "Secretary of State Marco Rubio will face an early test": the coming year counts too.
            if (_future) incidental = Widen(incidental, new DateRange(WrittenOn.Start, WrittenOn.Start.AddYears(1)));
            // The paragraph's opening time; or, for a sentence that goes on from the one before ("Blinken
            // later said …"), that sentence's times. Both only widen.
            if (incidental is null && !_present && (PreviousCarried ?? (ContinuesPrevious() ? _previous?.Passing : null)) is { } carried)
            {
                incidental = carried.Range;
            }
            if (incidental is { } range)
            {
                // A time in passing widens the judgement (except for "then"): the title is wrong only if it was wrong throughout.
                return SpeaksOf(qualifier == "then" ? range : range.Hull(WrittenOn), 0.9);
            }
            if (qualifier == "then") return Unspecified;
            return new ClaimTime(WrittenOn, true, draft, 1);
        }

        private ClaimTime Unspecified => new(WrittenOn, false, "the sentence speaks of an unspecified past", 1);

        private static ClaimTime SpeaksOf(DateRange range, double confidenceFactor) =>
            new(range, true, $"the sentence speaks of {range.Describe()}", confidenceFactor);

        /// <summary>
        /// The range widened to take in another (the first range when there is none yet): the times a claim is
        /// judged by, as one range, spanning them all. A loop over the times instead of LINQ: this runs for every claim.
        /// </summary>
        private static DateRange Widen(DateRange? hull, DateRange range) => hull is { } h ? h.Hull(range) : range;

        private bool SemicolonBetween(int a, int b)
        {
            for (var i = Math.Min(a, b); i < Math.Max(a, b); i++) if (Tokens[i].IsPunct(';')) return true;
            return false;
        }
    }
}
