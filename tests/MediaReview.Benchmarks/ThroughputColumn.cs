using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MediaReview.Benchmarks;

/// <summary>Which draft a benchmark processes, so the MB/s column can divide its size by the mean time.</summary>
public enum Draft { Sample, Large }

[AttributeUsage(AttributeTargets.Method)]
public sealed class DraftAttribute(Draft draft) : Attribute
{
    public Draft Draft { get; } = draft;

    public static int Bytes(Draft draft) => draft == Draft.Sample ? Workspace.SampleBytes.Length : Workspace.LargeBytes.Length;
}

/// <summary>
/// "Draft KB" and "MB/s" columns for benchmarks marked with <see cref="DraftAttribute"/>: the draft's size
/// in bytes over the mean time of one operation (MB = 10^6 bytes).
/// </summary>
public sealed class ThroughputColumn(bool sizeColumn) : IColumn
{
    public string Id => sizeColumn ? "MediaReview.DraftKB" : "MediaReview.MBps";
    public string ColumnName => sizeColumn ? "Draft KB" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => sizeColumn ? 0 : 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => sizeColumn
        ? "Size of the draft the benchmark processes, in KiB"
        : "Draft bytes / mean time, in 10^6 bytes per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var draft = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<DraftAttribute>()?.Draft;
        if (draft is null) return "-";
        var bytes = DraftAttribute.Bytes(draft.Value);
        if (sizeColumn) return (bytes / 1024.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0) return "NA";
        var mbPerSecond = bytes / (meanNs.Value / 1e9) / 1e6;
        return mbPerSecond.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}

/// <summary>Adds the draft size and MB/s columns to the default configuration.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn(sizeColumn: true), new ThroughputColumn(sizeColumn: false));
}
