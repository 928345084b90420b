namespace MediaReview.Reporting;

public static class Paths
{
    /// <summary>The path relative to the working directory, with forward slashes (as SARIF and CI annotations want).</summary>
    public static string Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.Replace('\\', '/');
    }

    /// <summary>A relative URI reference for a relative path: each segment escaped.</summary>
    public static string ToUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(s => s == ".." || s == "." ? s : Uri.EscapeDataString(s)));
}
