using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>
/// What Add- and Remove-ImgurCustomGalleryTag share: tags gathered from the parameter and the pipeline go out
/// in one request at the end, as the API takes a comma-joined list.
/// </summary>
public abstract class CustomGalleryTagCommand : ImgurApiCmdlet
{
    private readonly List<string> _tags = new();

    /// <summary>The tag names; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = System.Array.Empty<string>();

    private protected abstract string Action { get; }

    private protected virtual bool Forced => false;

    private protected abstract Task<bool> SendAsync(ImgurPS.Client.ImgurCall call, IReadOnlyList<string> tags);

    /// <inheritdoc />
    protected override void ProcessRecord() => _tags.AddRange(TagName);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_tags.Count == 0) return;
        var call = NewCall(requiresUser: true);
        var target = string.Join(", ", _tags);
        if (ShouldChange($"custom gallery tags {target}", Action, Forced)) TryAwait(SendAsync(call, _tags), target, out _);
    }
}
