using System.Globalization;

namespace Zeron.Web.Pages.Admin.Ai;

/// <summary>The budget form's text as a USD amount (invariant: <c>12.50</c>; a leading <c>$</c> is fine), and amounts as shown.</summary>
public static class BudgetInput
{
    /// <summary>Empty is "no limit" (null); anything but a plain number is refused.</summary>
    public static bool TryParse(string? text, out decimal? usd)
    {
        usd = null;
        var trimmed = text?.Trim().TrimStart('$').Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            usd = value;
            return true;
        }

        return false;
    }

    /// <summary>Dollars with cents; smaller amounts (a single call's cost) with up to 6 decimals.</summary>
    public static string Usd(decimal usd) =>
        usd != 0 && Math.Abs(usd) < 0.01m
            ? "$" + usd.ToString("0.######", CultureInfo.InvariantCulture)
            : "$" + usd.ToString("#,0.00", CultureInfo.InvariantCulture);
}
