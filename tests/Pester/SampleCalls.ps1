# One call per exported cmdlet against the emulator's seeded data (src/ImgurPS.Emulator/README.md), each with
# -Verbose and -Debug. The leak test runs them all and searches every stream for secrets; a test there fails
# when a cmdlet has no entry here. Calls that change data run after the reads; Remove-ImgurAccount runs last.
param(
    [Parameter(Mandatory)] [string] $Samples,
    [Parameter(Mandatory)] $Credential,
    [Parameter(Mandatory)] [string] $AccessToken,
    [Parameter(Mandatory)] [string] $MarketplaceKey
)

$common = @{ Verbose = $true; Debug = $true; ErrorAction = 'Continue' }

$calls = [ordered]@{
    'Connect-Imgur'                      = {
        Connect-Imgur -ClientId $Credential.clientId -ClientSecret $Credential.clientSecret -RefreshToken $Credential.refreshToken -BaseUri (Get-EmulatorUri) -Verbose -Debug
        try { Connect-Imgur -ClientId $Credential.clientId -ClientSecret $Credential.clientSecret -RefreshToken "$($Credential.refreshToken)-wrong" -BaseUri (Get-EmulatorUri) -Verbose -Debug } catch { $_ }
        $app = [pscredential]::new($Credential.clientId, (ConvertTo-SecureString $Credential.clientSecret -AsPlainText -Force))
        $second = Connect-Imgur -Credential $app -RefreshToken $Credential.refreshToken -BaseUri (Get-EmulatorUri) -PassThru -Verbose -Debug
        $second | Format-List *
        $second | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue
        $second.GetRefreshToken()
        Get-ImgurCredit -Connection $second @common
        Disconnect-Imgur -Connection $second -Verbose -Debug
        Connect-Imgur -AccessToken $AccessToken -RapidApiKey $MarketplaceKey -BaseUri (Get-EmulatorUri) -Verbose -Debug
    }
    'Get-ImgurConnection'                = { Get-ImgurConnection @common | Format-List * }
    'Get-ImgurOption'                    = { Get-ImgurOption @common | Format-List * }
    'Set-ImgurOption'                    = { Set-ImgurOption -MaxRetry 3 -PassThru @common | Format-List * }
    'Get-ImgurCredit'                    = {
        Get-ImgurCredit @common | Format-List *
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 403 -Message 'The access token provided is invalid.'
        Get-ImgurCredit @common
    }
    'Get-ImgurGallery'                   = { Get-ImgurGallery @common | Select-Object -First 2 | Format-List * }
    'Get-ImgurAccount'                   = { Get-ImgurAccount @common | Format-List * }
    'Get-ImgurAccountAvatar'             = { Get-ImgurAccountAvatar @common; Get-ImgurAccountAvatar -Available @common }
    'Get-ImgurAccountBlock'              = { Get-ImgurAccountBlock @common; Get-ImgurAccountBlock -Username emu-blocked @common }
    'Get-ImgurAccountComment'            = { Get-ImgurAccountComment @common; Get-ImgurAccountComment -CommentId 1 @common }
    'Get-ImgurAccountFavorite'           = { Get-ImgurAccountFavorite @common }
    'Get-ImgurAccountGalleryFavorite'    = { Get-ImgurAccountGalleryFavorite @common }
    'Get-ImgurAccountGalleryProfile'     = { Get-ImgurAccountGalleryProfile @common | Format-List * }
    'Get-ImgurAccountSetting'            = { Get-ImgurAccountSetting @common | Format-List * }
    'Get-ImgurAccountSubmission'         = { Get-ImgurAccountSubmission @common }
    'Get-ImgurComment'                   = { Get-ImgurComment -CommentId 2000000001 @common | Format-List * }
    'Get-ImgurCommentReply'              = { Get-ImgurCommentReply -CommentId 2000000001 @common }
    'Get-ImgurConversation'              = { Get-ImgurConversation @common; Get-ImgurConversation -ConversationId 4000001 @common }
    'Get-ImgurCustomGallery'             = { Get-ImgurCustomGallery @common | Select-Object -First 2 }
    'Get-ImgurFilteredGallery'           = { Get-ImgurFilteredGallery @common | Select-Object -First 2 }
    'Get-ImgurGalleryComment'            = { Get-ImgurGalleryComment -GalleryId EmuGal1 @common }
    'Get-ImgurGalleryItem'               = { Get-ImgurGalleryItem -GalleryId EmuGal1 @common; Get-ImgurGalleryItem -GalleryId Missing1 @common }
    'Get-ImgurGalleryTag'                = { Get-ImgurGalleryTag -GalleryId EmuGal1 @common }
    'Get-ImgurGalleryVote'               = { Get-ImgurGalleryVote -GalleryId EmuGal1 @common }
    'Get-ImgurMemeGallery'               = { Get-ImgurMemeGallery @common | Select-Object -First 2 }
    'Get-ImgurNotification'              = { Get-ImgurNotification @common; Get-ImgurNotification -NotificationId 3000002 @common }
    'Get-ImgurSubredditGallery'          = { Get-ImgurSubredditGallery -Subreddit aww @common | Select-Object -First 2 }
    'Get-ImgurTag'                       = { Get-ImgurTag @common | Select-Object -First 2; Get-ImgurTag -TagName cats @common }
    'Get-ImgurTagGallery'                = { Get-ImgurTagGallery -TagName cats @common | Select-Object -First 2 }
    'Get-ImgurTopic'                     = { Get-ImgurTopic @common }
    'Get-ImgurTopicGallery'              = { Get-ImgurTopicGallery -TopicId 1 @common | Select-Object -First 2 }
    'Search-ImgurGallery'                = { Search-ImgurGallery -Query cats @common | Select-Object -First 2 }
    'Test-ImgurAccountEmail'             = { Test-ImgurAccountEmail @common }
    'Get-ImgurAccountAlbum'              = { Get-ImgurAccountAlbum @common; Get-ImgurAccountAlbum -Count @common }
    'Get-ImgurAccountImage'              = { Get-ImgurAccountImage @common; Get-ImgurAccountImage -IdOnly @common }
    'Get-ImgurAlbum'                     = { Get-ImgurAlbum -AlbumId EmuAlbm @common | Format-List *; Get-ImgurAlbum -AlbumId Missing1 @common }
    'Get-ImgurAlbumImage'                = { Get-ImgurAlbumImage -AlbumId EmuAlbm @common }
    'Get-ImgurFeed'                      = { Get-ImgurFeed @common | Select-Object -First 2 }
    'Get-ImgurImage'                     = { Get-ImgurImage -ImageId EmuImg1 @common | Format-List * }
    'Get-ImgurMemeTemplate'              = { Get-ImgurMemeTemplate @common }
    'Invoke-ImgurRestMethod'             = { Invoke-ImgurRestMethod -Path 3/account/me @common; Invoke-ImgurRestMethod -Path 3/image/Missing1 @common }
    'Test-ImgurConnection'               = { Test-ImgurConnection @common | Format-List * }
    'Save-ImgurImage'                    = {
        $to = Join-Path ([System.IO.Path]::GetTempPath()) "imgurps-samplecalls-$PID"
        Get-ImgurImage -ImageId EmuImg1 @common | Save-ImgurImage -Destination $to -Archive (Join-Path $to 'archive.txt') @common | Format-List *
        Save-ImgurImage -ImageId EmuImg2 -Link 'https://example.com/EmuImg2.jpg' -Destination $to @common
        Remove-Item -LiteralPath $to -Recurse
    }
    'Save-ImgurAlbum'                    = {
        $to = Join-Path ([System.IO.Path]::GetTempPath()) "imgurps-samplecalls-$PID"
        Save-ImgurAlbum -AlbumId EmuAlbm -Destination $to @common | Format-List *
        Remove-Item -LiteralPath $to -Recurse
    }
    'Send-ImgurImage'                    = {
        Send-ImgurImage -Path (Join-Path $Samples 'sunrise.png') @common | Format-List *
        Send-ImgurImage -Path (Join-Path $Samples 'missing.png') @common
    }
    'New-ImgurAlbum'                     = { New-ImgurAlbum -Title 'Trip' -ImageId EmuImg3 @common | Format-List * }
    'Set-ImgurAlbum'                     = { Set-ImgurAlbum -AlbumId EmuAlbm -Title 'Renamed' @common }
    'Add-ImgurAlbumImage'                = { Add-ImgurAlbumImage -AlbumId EmuAlbm -ImageId EmuImg3 @common }
    'Remove-ImgurAlbumImage'             = { Remove-ImgurAlbumImage -AlbumId EmuAlbm -ImageId EmuImg3 @common }
    'Set-ImgurAlbumImage'                = { Set-ImgurAlbumImage -AlbumId EmuAlbm -ImageId EmuImg1, EmuImg2 @common }
    'Remove-ImgurAlbum'                  = { Remove-ImgurAlbum -AlbumId EmuAlb2 -Force @common }
    'Set-ImgurImage'                     = { Set-ImgurImage -ImageId EmuImg1 -Title 'Renamed' @common }
    'Switch-ImgurFavorite'               = { Switch-ImgurFavorite -ImageId EmuImg1 @common | Format-List * }
    'Remove-ImgurImage'                  = { Remove-ImgurImage -ImageId EmuImg4 -Force @common }
    'Add-ImgurCustomGalleryTag'          = { Add-ImgurCustomGalleryTag -TagName funny @common }
    'Remove-ImgurCustomGalleryTag'       = { Remove-ImgurCustomGalleryTag -TagName funny -Force @common }
    'Add-ImgurFollowedTag'               = { Add-ImgurFollowedTag -TagName dogs @common }
    'Remove-ImgurFollowedTag'            = { Remove-ImgurFollowedTag -TagName dogs @common }
    'Block-ImgurTag'                     = { Block-ImgurTag -TagName funny @common }
    'Unblock-ImgurTag'                   = { Unblock-ImgurTag -TagName funny @common }
    'Block-ImgurAccount'                 = { Block-ImgurAccount -Username emu-other @common }
    'Unblock-ImgurAccount'               = { Unblock-ImgurAccount -Username emu-other @common }
    'New-ImgurComment'                   = { New-ImgurComment -GalleryId EmuGal1 -Text 'Lovely' @common }
    'Remove-ImgurComment'                = { Remove-ImgurComment -CommentId 2000000002 -Force @common }
    'Set-ImgurVote'                      = { Set-ImgurVote -GalleryId EmuOth1 -Vote up @common }
    'Set-ImgurGalleryTag'                = { Set-ImgurGalleryTag -GalleryId EmuGal1 -Tag cats, aww @common }
    'Send-ImgurReport'                   = { Send-ImgurReport -GalleryId EmuOth1 -Reason 2 @common }
    'Send-ImgurMessage'                  = { Send-ImgurMessage -Username emu-friend -Body 'Hello' @common }
    'Remove-ImgurConversation'           = { Remove-ImgurConversation -ConversationId 4000002 -Force @common }
    'Set-ImgurNotification'              = { Set-ImgurNotification -NotificationId 3000002 -Viewed @common }
    'Set-ImgurAccountSetting'            = { Set-ImgurAccountSetting -Bio 'Testing' @common }
    'Send-ImgurAccountVerificationEmail' = { Send-ImgurAccountVerificationEmail @common }
    'Publish-ImgurGalleryItem'           = { Publish-ImgurGalleryItem -ImageId EmuImg1 -Title 'Shared' -AcceptTerms @common }
    'Unpublish-ImgurGalleryItem'         = { Unpublish-ImgurGalleryItem -GalleryId EmuImg1 -Force @common }
    'Remove-ImgurAccount'                = { Remove-ImgurAccount -Password 'account-password-for-the-test' -Force @common }
    'Register-ImgurApplication'          = { Register-ImgurApplication -BaseUri (Get-EmulatorUri) -BrowserCommand { param($url) } -PassThru -Verbose -Debug }
    'Disconnect-Imgur'                   = { Disconnect-Imgur -Verbose -Debug }
}

# The calls run after this script returns: each keeps the variables above.
$closed = [ordered]@{}
foreach ($name in $calls.Keys) { $closed[$name] = $calls[$name].GetNewClosure() }
$closed
