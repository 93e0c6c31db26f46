using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>What Block- and Unblock-ImgurTag share: one request per tag, as the API takes one tag at a time.</summary>
public abstract class TagBlockCommand : ImgurApiCmdlet
{
    /// <summary>The tag names; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = System.Array.Empty<string>();

    private protected abstract bool Block { get; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        foreach (var tag in TagName)
        {
            if (ShouldChange($"tag {tag}", Block ? "Block in your galleries" : "Unblock in your galleries")) TryAwait(Client.BlockTagAsync(call, tag, Block), tag, out _);
        }
    }
}
