namespace MediaReview.Corpus;

/// <summary>Plain news prose with no checkable claim: no reference names, titles, dates or agreements.</summary>
public static class Prose
{
    private static readonly string[] Subjects =
    [
        "Diplomats in the region", "Oil traders", "Analysts in Brussels", "European officials", "Several lawmakers", "Economists",
        "Shop owners in the capital", "Human rights groups", "Shipping companies", "Western negotiators", "Regional officials",
        "Market analysts", "Opposition figures", "Commentators on state television", "Local journalists", "Business leaders",
        "Students at the university", "Farmers in the south", "Officials at the central bank", "Observers at the talks",
    ];

    private static readonly string[] Predicates =
    [
        "described the mood as cautious but constructive", "said the outcome remained uncertain",
        "warned that sanctions were hurting ordinary families", "expected little progress before the summer",
        "pointed to the sharp fall of the currency", "called for a return to direct diplomacy",
        "noted that food prices had risen again", "questioned whether the talks could survive another setback",
        "said the mood in the capital had changed", "worried about the cost of imported medicine",
        "argued that the economy needed relief more than slogans", "saw the exchange of messages as a hopeful sign",
        "complained about power cuts during the heat wave", "said they had heard nothing new from either side",
        "urged both governments to keep the channel open", "doubted that a quick agreement was possible",
        "reported long queues outside the banks", "said the rhetoric had softened in private",
        "described the negotiations as technical and slow", "expected the mediators to propose a new format",
    ];

    private static readonly string[] Tails =
    [
        "", "", "", " in recent weeks", ", according to people familiar with the discussions", " despite the pressure",
        " after a difficult month", ", several of them said privately", " as the currency weakened", " in interviews",
    ];

    /// <summary>Reported speech for "X said on Monday that …".</summary>
    public static readonly string[] Clauses =
    [
        "the talks had been useful", "no decision had been made", "the door to diplomacy remained open",
        "sanctions had to be lifted first", "the country did not negotiate under pressure", "a technical meeting was planned",
        "both delegations had agreed to keep talking", "the latest proposal deserved a careful answer",
        "the region needed calm", "the government had kept its commitments", "the inspectors were welcome",
        "the economy was stronger than its critics claimed", "the mediators had done valuable work",
    ];

    /// <summary>Past-tense verb phrases for "In 2018, Title Name …".</summary>
    public static readonly string[] PastActions =
    [
        "made a rare visit abroad", "signed a series of decrees", "called for restraint", "defended the government's record",
        "received foreign diplomats", "spoke at length about the economy", "appointed a new team of advisers",
        "toured the flooded provinces", "met a delegation of European lawmakers", "promised to fight corruption",
    ];

    private static readonly string[] HeadlineSubjects =
    [
        "Talks resume", "Mediators press on", "Negotiators trade proposals", "Sanctions bite", "Diplomacy stalls",
        "Oil prices climb", "Envoys return home", "Markets wait", "Hopes rise", "Pressure mounts",
    ];

    private static readonly string[] HeadlineTails =
    [
        "as the currency slides", "amid mixed signals", "after a tense week", "as inspectors wait", "with no deal in sight",
        "as allies urge caution", "despite new threats", "while the region watches",
    ];

    private static readonly string[] Subheads =
    [
        "Background", "What was said", "Reaction", "The economy", "What comes next", "Inside the talks", "On the streets",
        "Regional view", "The sticking points", "Analysis", "History", "The record",
    ];

    public static string Sentence(Rng rng) => $"{rng.Pick(Subjects)} {rng.Pick(Predicates)}{rng.Pick(Tails)}.";

    public static string Headline(Rng rng) => $"{rng.Pick(HeadlineSubjects)} {rng.Pick(HeadlineTails)}";

    public static string Subhead(Rng rng) => rng.Pick(Subheads);
}
