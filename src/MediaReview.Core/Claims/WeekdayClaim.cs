namespace MediaReview.Claims;

/// <summary>A date given with its weekday: "Saturday, April 12, 2025". Rule expressions read it as <c>claim.*</c>.</summary>
public sealed class WeekdayClaim : Claim
{
    public override string Kind => "weekday";

    /// <summary>The weekday as written, in English: "Friday".</summary>
    public required string Weekday { get; init; }

    /// <summary>The date the text gives (its year inferred from the draft's date when the text has none).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The text gives no year.</summary>
    public required bool YearInferred { get; init; }

    /// <summary>The date as written: "April 12, 2025".</summary>
    public required string DateText { get; init; }

    /// <summary>The weekday the date falls on.</summary>
    public string ActualWeekday => Date.DayOfWeek.ToString();

    /// <summary>
    /// For a date without a year more than two months from the draft's date: the written weekday is right
    /// for the same date a year earlier or later, so the writer may mean that year.
    /// </summary>
    public bool MatchesNearbyYear =>
        YearInferred && (!YearFromContext && Math.Abs(Date.DayNumber - WrittenOn.Start.DayNumber) > 60
            && (Shift(-1)?.DayOfWeek.ToString() == Weekday || Shift(1)?.DayOfWeek.ToString() == Weekday)
            || OtherYears.Any(y => Shift(y - Date.Year)?.DayOfWeek.ToString() == Weekday));

    /// <summary>For a date without a year: other years its paragraph or section names ("**1989:** … Saturday, June 3").</summary>
    public IReadOnlyList<int> OtherYears { get; init; } = [];

    /// <summary>The year came from a heading or label above ("## 2020"), not from the draft's date: no year either side of it is implied.</summary>
    public bool YearFromContext { get; init; }

    private DateOnly? Shift(int years) =>
        Date.Month == 2 && Date.Day == 29 ? null : Date.AddYears(years);

    public override bool ChecksChangingFacts => false;
}
