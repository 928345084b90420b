namespace MediaReview.Claims;

/// <summary>An inclusive range of days: a day, a month, a year or a span of years.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public static DateRange Day(DateOnly day) => new(day, day);

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DateRange Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public bool IsDay => Start == End;

    public DateRange Hull(DateRange other) => new(Start < other.Start ? Start : other.Start, End > other.End ? End : other.End);

    /// <summary>"2025-02-11", "2018", "2013 to 2021", "2024-06".</summary>
    public string Describe()
    {
        if (IsDay) return Start.ToString("yyyy-MM-dd");
        var wholeYears = Start.Month == 1 && Start.Day == 1 && End.Month == 12 && End.Day == 31;
        if (wholeYears) return Start.Year == End.Year ? $"{Start.Year}" : $"{Start.Year} to {End.Year}";
        if (Start.Day == 1 && End.Day == DateTime.DaysInMonth(End.Year, End.Month) && Start.Year == End.Year && Start.Month == End.Month)
            return Start.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return $"{Start:yyyy-MM-dd} to {End:yyyy-MM-dd}";
    }

    public override string ToString() => Describe();
}
