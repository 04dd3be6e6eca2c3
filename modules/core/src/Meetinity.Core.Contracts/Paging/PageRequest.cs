using System.Globalization;
using Meetinity.Core.Errors;

namespace Meetinity.Core.Paging;

/// <summary>A 1-based page of a list, parsed after the rules of the HTTP contract.</summary>
public sealed record PageRequest(int Page, int PerPage)
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 100;

    public static PageRequest Default { get; } = new(1, DefaultPerPage);

    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * PerPage);

    /// <summary>
    /// Parses the <c>page</c> and <c>per_page</c> query values: absent means the default,
    /// a non-integer or a value below 1 is a validation error, <c>per_page</c> above the
    /// maximum is clamped.
    /// </summary>
    public static PageRequest Parse(string? page, string? perPage)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = ParsePositive(page, 1, "page", errors);
        var size = ParsePositive(perPage, DefaultPerPage, "per_page", errors);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return new PageRequest(pageNumber, Math.Min(size, MaxPerPage));
    }

    private static int ParsePositive(string? value, int fallback, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            errors[field] = [$"'{field}' must be a whole number of at least 1."];
            return fallback;
        }

        return number;
    }
}
