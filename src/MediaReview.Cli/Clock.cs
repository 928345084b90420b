using System.Globalization;

namespace MediaReview.Cli;

/// <summary>
/// Today's date for drafts without one, and for reports that must be dated. SOURCE_DATE_EPOCH (seconds since
/// 1970, the reproducible-builds convention) fixes it, so that a run can be repeated byte for byte.
/// </summary>
public static class Clock
{
    public static DateOnly Today(Func<string, string?>? environment = null)
    {
        var epoch = (environment ?? Environment.GetEnvironmentVariable)("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return DateOnly.FromDateTime(DateTime.Now);
    }
}
