using System.Globalization;
using FsCheck.Xunit;

namespace MediaReview.Tests.Rules;

/// <summary>Property-based: for any date and any stated weekday, MR2001 fires exactly when the calendar disagrees.</summary>
public class DatePropertyTests
{
    [Property(MaxTest = 300)]
    public bool Weekday_rule_agrees_with_the_calendar(DateOnly date, DayOfWeek stated, bool dayFirst)
    {
        if (date.Year is < 1800 or > 2100) return true;
        var month = date.ToString("MMMM", CultureInfo.InvariantCulture);
        var written = dayFirst ? $"{stated}, {date.Day} {month} {date.Year}" : $"{stated}, {month} {date.Day}, {date.Year}";
        var findings = TestEngine.Check($"The meeting was held on {written}.", "2025-06-01");
        var fired = findings.Any(f => f.Id == "MR2001");
        return fired == (stated != date.DayOfWeek) && findings.All(f => f.Id == "MR2001");
    }
}
