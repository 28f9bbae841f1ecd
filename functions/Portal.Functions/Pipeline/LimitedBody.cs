using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.Functions.Pipeline;

/// <summary>
/// A request body read no further than its route's limit: a declared Content-Length over it is refused
/// before anything is read, and a body without one (chunked) fails with <see cref="RequestBodyTooLargeException"/>
/// as soon as it passes the limit, which the pipeline answers with a 413.
/// </summary>
public static class LimitedBody
{
    /// <summary>False when the request declares a body longer than <paramref name="maxBytes"/>; otherwise its body is bounded.</summary>
    public static bool TryBound(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return false;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = Math.Min(server.MaxRequestBodySize ?? long.MaxValue, maxBytes);
        }

        request.Body = new BoundedStream(request.Body, maxBytes);
        return true;
    }

    /// <summary>The whole body of a route that takes a file (the pipeline has bounded it to the route's limit).</summary>
    public static async Task<byte[]> ReadAllAsync(HttpRequest request)
    {
        // Sized by the declared length (bounded already): a body that fills it exactly is handed over without a copy.
        using var buffer = new MemoryStream(request.ContentLength is > 0 and <= int.MaxValue ? (int)request.ContentLength : 0);
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private sealed class BoundedStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > maxBytes ? throw new RequestBodyTooLargeException(maxBytes) : read;
        }
    }
}

/// <summary>A request body went past its route's limit while being read.</summary>
public sealed class RequestBodyTooLargeException(long maxBytes)
    : IOException($"The request body is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
