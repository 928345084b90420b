namespace MediaReview.Text;

/// <summary>A range of UTF-16 code units in a document's original text: 0-based start, length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A 1-based line and column (UTF-16 code units), as shown to users.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line},{Column}";
}
