using System;
using System.IO;
using System.Management.Automation;
using ImgurPS.Client.Upload;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Lets Send-ImgurImage -InputObject take a stream as well as a byte array: the stream is read from its position to
/// its end (one byte past the largest upload at most, so an endless stream ends and is refused as too large).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class ImageContentTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        if (value is not Stream stream) return value;

        var limit = Math.Max(ImgurUploadLimits.Default.MaxImageBytes, ImgurUploadLimits.Default.MaxVideoBytes) + 1;
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (content.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - content.Length))) > 0) content.Write(buffer, 0, read);
        return content.ToArray();
    }
}
