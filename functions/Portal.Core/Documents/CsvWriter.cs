using System.Globalization;
using System.Text;

namespace Portal.Core.Documents;

/// <summary>How a CSV file separates its cells and writes a decimal number.</summary>
public enum CsvDialect
{
    /// <summary>What a spreadsheet set to Latvian reads: cells separated by ";", a decimal comma.</summary>
    Latvian,

    /// <summary>Cells separated by ",", a decimal point.</summary>
    International,
}

/// <summary>
/// Writes CSV as RFC 4180 says (CRLF line ends, a cell quoted when it holds the separator, a quote or a line
/// break, quotes doubled), in UTF-8 with a byte-order mark so a spreadsheet reads Latvian letters. A text cell
/// that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return) is written
/// with an apostrophe in front; numbers are written as numbers, a negative one too.
/// </summary>
/// <remarks>
/// Cells gather in memory until <see cref="FlushAsync"/> writes them out, asynchronously: a web server's response
/// takes no synchronous writes, which a <see cref="StreamWriter"/> makes whenever its buffer fills.
/// </remarks>
public sealed class CsvWriter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: true);
    private readonly Stream _output;
    private readonly StringBuilder _writer = new();
    private readonly char _separator;
    private readonly NumberFormatInfo _numbers;
    private bool _rowStarted;
    private bool _started;

    public CsvWriter(Stream output, CsvDialect dialect)
    {
        _output = output;
        (_separator, _numbers) = dialect == CsvDialect.Latvian
            ? (';', new NumberFormatInfo { NumberDecimalSeparator = ",", NegativeSign = "-" })
            : (',', NumberFormatInfo.InvariantInfo);
    }

    public static string MediaType => "text/csv; charset=utf-8";

    /// <summary>A text cell (empty when null).</summary>
    public void Text(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.Contains(_separator, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            _writer.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _writer.Append(value);
        }
    }

    /// <summary>A number cell with the dialect's decimal mark and no grouping; the invariant digits can hold nothing to quote.</summary>
    public void Number(decimal value, int decimals)
    {
        Separate();
        _writer.Append(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), _numbers));
    }

    /// <summary>Euros from cents, with two decimals.</summary>
    public void Euros(long cents) => Number(cents / 100m, 2);

    /// <summary>An ISO date (yyyy-MM-dd), which spreadsheets read as a date whatever their language.</summary>
    public void Date(DateOnly? value)
    {
        Separate();
        if (value is { } date)
        {
            _writer.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public void Row(params string[] texts)
    {
        foreach (var text in texts)
        {
            Text(text);
        }

        EndRow();
    }

    public void EndRow()
    {
        _writer.Append("\r\n");
        _rowStarted = false;
    }

    /// <summary>Writes out what has gathered, after the byte-order mark the first time.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            await _output.WriteAsync(_utf8.Preamble.ToArray(), cancellationToken);
            _started = true;
        }

        await _output.WriteAsync(_utf8.GetBytes(_writer.ToString()), cancellationToken);
        _writer.Clear();
    }

    private void Separate()
    {
        if (_rowStarted)
        {
            _writer.Append(_separator);
        }

        _rowStarted = true;
    }
}
