# Replays answers the real Imgur sent (tests/Fixtures/recorded, each with its source in index.json) through the
# cmdlet that sends that request, from a tiny loopback server that answers with the recorded body, status and
# content type. The client and the emulator were written together; these answers were not.
BeforeDiscovery {
    $folder = Join-Path $PSScriptRoot '../Fixtures/recorded'
    $index = Get-Content (Join-Path $folder 'index.json') -Raw | ConvertFrom-Json
    $sample = Join-Path $PSScriptRoot '../../samples/forest.png'

    # Command: what a user would type to make the recorded request. User: the session signs in with an access token.
    # Expect: property values of the object written (a list's first object, and Count for the number written);
    # or Fails and Status: the text the error must contain and the status it reports. SentTo: the route the
    # command sends when the recording names another form of it.
    $replays = @{
        'album-create-anonymous.json'                          = @{ Command = { New-ImgurAlbum -Title 'Holiday' -Confirm:$false }; Expect = @{ Id = 'ChP83'; DeleteHash = 'ghGmuwuHQ6pUMxN' } }
        'album-create.json'                                    = @{ Command = { New-ImgurAlbum -Title 'Holiday' -Confirm:$false }; User = $true; Expect = @{ Id = '3gfxo'; DeleteHash = 'iIFJnFpVbYOvzvv' } }
        'image-get-gallery-gif.json'                           = @{ Command = { Get-ImgurImage coZb0HC }; Expect = @{ Id = 'coZb0HC'; Title = 'Horse tries out hoodie zipper'; Animated = $true } }
        'image-get-gif-thumbnail-link.json'                    = @{ Command = { Get-ImgurImage zVpyzhW }; Expect = @{ Id = 'zVpyzhW'; AccountUrl = 'ForAGoodTimeCall8675309' } }
        'image-get-anonymous-jpeg.json'                        = @{ Command = { Get-ImgurImage ClF8rLe }; Expect = @{ Id = 'ClF8rLe'; Type = 'image/jpeg'; AccountUrl = $null } }
        'error-404-image-not-found.json'                       = @{ Command = { Get-ImgurImage 1234567890 }; Fails = 'Unable to find an image with the id, 1234567890'; Status = 404 }
        'error-403-over-capacity-image-get.json'               = @{ Command = { Get-ImgurImage abc }; Fails = 'Imgur is temporarily over capacity. Please try again later.'; Status = 403 }
        'upload-anonymous-jpeg.json'                           = @{ Command = { Send-ImgurImage -Path $sample }; Expect = @{ Id = 'dWWsW7B'; DeleteHash = 'k2g9e4CXyrImiZc'; Link = 'http://i.imgur.com/dWWsW7B.jpg' } }
        'upload-gif-with-title.json'                           = @{ Command = { Send-ImgurImage -Path $sample -Title 'Title Test' }; Expect = @{ Id = 'kiNOcUl'; Title = 'Title Test'; DeleteHash = 'nGxOKC9ML6KyTWQ' } }
        'upload-2019-hand-edited.json'                         = @{ Command = { Send-ImgurImage -Path $sample }; Expect = @{ Id = 'abc123'; DeleteHash = '5jN9cM06X37nvEZ' } }
        'upload-xml-reformatted.xml'                           = @{ Command = { Send-ImgurImage -Path $sample -Format Xml }; Expect = @{ Id = 'ppDhBrD'; DeleteHash = 'oOAycVjc8lIkFho'; Width = 128 } }
        'error-429-errors-array-upload.json'                   = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Too Many Requests'; Status = 429 }
        'error-429-errors-array-authenticated-upload.json'     = @{ Command = { Send-ImgurImage -Path $sample }; User = $true; Fails = 'Too Many Requests'; Status = 429 }
        'error-429-errors-array-empty-id.json'                 = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Too Many Requests'; Status = 429 }
        'error-400-failed-to-connect-db.json'                  = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Failed to connect to the DB'; Status = 400 }
        'error-400-error-object-forbidden.json'                = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Forbidden'; Status = 400 }
        'error-400-actions-forbidden.json'                     = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'These actions are forbidden.'; Status = 400 }
        'error-403-over-capacity-upload.json'                  = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Imgur is temporarily over capacity'; Status = 403 }
        'error-403-invalid-client-id.json'                     = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Invalid client_id'; Status = 403 }
        'error-403-access-token-invalid.json'                  = @{ Command = { Send-ImgurImage -Path $sample }; User = $true; Fails = 'The access token provided is invalid.'; Status = 403 }
        'error-401-authentication-required-upload-pretty.json' = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'Authentication required'; Status = 401 }
        # Recorded from a browser extension that named the method GET; the upload cmdlet meets the same answer.
        'error-401-authentication-required-reformatted.json'   = @{ Command = { Send-ImgurImage -Path $sample }; Method = 'POST'; Fails = 'Authentication required'; Status = 401 }
        'error-503-varnish-client-read-error.html'             = @{ Command = { Send-ImgurImage -Path $sample }; Fails = 'HTML page ("503 client read error")'; Status = 503 }
        # The reporter did not record the status; over-capacity pages come with 503 (spec 1.6).
        'error-over-capacity-trimmed.html'                     = @{ Command = { Send-ImgurImage -Path $sample }; ReplayStatus = 503; Fails = 'Imgur overloaded. Hang in there with kittens'; Status = 503 }
        'basic-favorite-favorited.json'                        = @{ Command = { Switch-ImgurFavorite -ImageId abc -Confirm:$false }; User = $true; Expect = @{ IsFavorite = $true } }
        'basic-favorite-unfavorited.json'                      = @{ Command = { Switch-ImgurFavorite -ImageId abc -Confirm:$false }; User = $true; Expect = @{ IsFavorite = $false } }
        'basic-true.json'                                      = @{ Command = { Remove-ImgurImage -DeleteHash abcdefghijklmno -Force }; Expect = @{ Count = 0 } }
        'album-get-with-images.json'                           = @{ Command = { Get-ImgurAlbum 5F5Cy }; Expect = @{ Id = '5F5Cy'; AccountUrl = 'sarah' } }
        'album-get-trimmed-to-one-image.json'                  = @{ Command = { Get-ImgurAlbum VZQXk }; Expect = @{ Id = 'VZQXk'; Title = "Gianluca Gimini's bikes" } }
        'album-image-get.json'                                 = @{ Command = { Get-ImgurAlbumImage 5F5Cy 79MH23L }; Expect = @{ Id = '79MH23L' } }
        'album-images.json'                                    = @{ Command = { Get-ImgurAlbumImage 5F5Cy }; Expect = @{ Count = 3; Id = '79MH23L' } }
        'album-images-2018-pretty.json'                        = @{ Command = { Get-ImgurAlbumImage abcde }; Expect = @{ Count = 4; Id = 'KVfScer' } }
        'comment-create.json'                                  = @{ Command = { New-ImgurComment 'Nice' -ImageId abc -Confirm:$false }; User = $true; Expect = @{ Id = 539710677 } }
        'comment-get.json'                                     = @{ Command = { Get-ImgurComment 539556821 }; Expect = @{ Id = 539556821; Comment = "It's called smirking. Lots of people do it." } }
        'comment-replies-nested.json'                          = @{ Command = { Get-ImgurCommentReply 539556821 }; Expect = @{ Count = 7; Id = 539573961 } }
        'comment-report-data-null.json'                        = @{ Command = { Send-ImgurReport -CommentId 539556821 -Confirm:$false }; User = $true; Expect = @{ Count = 0 } }
        'conversation-get.json'                                = @{ Command = { Get-ImgurConversation 34361981 }; User = $true; Expect = @{ Id = 34361981; WithAccount = 'Bob' } }
        'conversation-list.json'                               = @{ Command = { Get-ImgurConversation }; User = $true; Expect = @{ Count = 1; Id = 34361981 } }
        'account-settings.json'                                = @{ Command = { Get-ImgurAccountSetting }; User = $true; Expect = @{ AccountUrl = 'Bob'; AlbumPrivacy = 'secret' } }
        'account-get-hand-edited.json'                         = @{ Command = { Get-ImgurAccount Bob }; Expect = @{ Id = 12456; Url = 'Bob' } }
        'account-docs-example.xml'                             = @{ Command = { Get-ImgurAccount joshTest -Format Xml }; Expect = @{ Id = 384077; Url = 'joshTest' } }
        'account-docs-example-trailing-comma.json'             = @{ Command = { Get-ImgurAccount joshTest }; Fails = 'malformed JSON'; Status = 200 }
        'account-docs-mashape-malformed.json'                  = @{ Command = { Get-ImgurAccount joshTest }; Fails = 'malformed JSON'; Status = 200 }
        'basic-docs-mashape-single-quotes.json'                = @{ Command = { Get-ImgurAccountAlbum joshTest -Count }; Fails = 'malformed JSON'; Status = 200 }
        'error-403-docs-example-malformed.xml'                 = @{ Command = { Get-ImgurAccount me -Format Xml }; User = $true; Method = 'GET'; Fails = 'malformed XML'; Status = 403 }
        'error-403-docs-example-trailing-comma.json'           = @{ Command = { Get-ImgurAccount me }; User = $true; Fails = 'malformed JSON'; Status = 403 }
        'error-400-user-previously-verified.json'              = @{ Command = { Send-ImgurAccountVerificationEmail -Confirm:$false }; User = $true; Fails = 'User Previously Verified'; Status = 400 }
        'error-403-unauthorized-verifyemail.json'              = @{ Command = { Test-ImgurAccountEmail someone }; User = $true; Fails = 'Unauthorized'; Status = 403 }
        'error-500-error-object-gallery-profile.json'          = @{ Command = { Get-ImgurAccountGalleryProfile someone }; Fails = 'Could not complete request'; Status = 500 }
        'error-400-oauth-refresh-token-invalid.json'           = @{ Command = { Connect-TokenExchange }; Fails = "Refresh token doesn't exist or is invalid for the client"; Status = 400 }
        'error-400-oauth-invalid-refresh-token.json'           = @{ Command = { Connect-TokenExchange }; Fails = 'Invalid refresh token'; Status = 400 }
        'token-response-hand-edited.json'                      = @{ Command = { Connect-TokenExchange }; Expect = @{ Account = 'Bob'; AccountId = 45344; AuthMode = 'User' } }
        'token-response-redacted.json'                         = @{ Command = { Connect-TokenExchange }; Expect = @{ Account = 'xxxx'; AccountId = 11140216 } }
        'token-response-2019-hand-edited.json'                 = @{ Command = { Connect-TokenExchange }; Expect = @{ Account = 'testuser'; AccountId = 123456 } }
        'notification-get.json'                                = @{ Command = { Get-ImgurNotification 322892525 }; User = $true; Expect = @{ Id = 322892525; Viewed = $true } }
        'notification-list-replies-and-messages.json'          = @{ Command = { Get-ImgurNotification }; User = $true; Expect = @{ Count = 34; Id = 322892525 } }
        'tag-votes-gallery-item.json'                          = @{ Command = { Get-ImgurGalleryTag abc }; Expect = @{ Count = 2; Name = 'star wars' } }
        'tag-vote-docs-example.json'                           = @{ SentTo = '/3/gallery/{id}/tags'; Command = { Get-ImgurGalleryTag abc }; Expect = @{ Name = 'funny' } }
        'tag-vote-docs-example-duplicate-name.xml'             = @{ SentTo = '/3/gallery/{id}/tags'; Command = { Get-ImgurGalleryTag abc -Format Xml }; Expect = @{ Name = 'funny' } }
        'vote-gallery-item-votes.json'                         = @{ Command = { Get-ImgurGalleryVote abc }; Expect = @{ Ups = 11347; Downs = 751 } }
        'gallery-comment-count.json'                           = @{ Command = { Get-ImgurGalleryComment abc -Count }; Expect = @{ Value = 22 } }
        'gallery-comment-ids.json'                             = @{ Command = { Get-ImgurGalleryComment abc -Ids }; Expect = @{ Count = 23 } }
        'gallery-comment-get-platform-api.json'                = @{ Command = { Get-ImgurGalleryComment abc -CommentId 548357773 }; Expect = @{ Id = 548357773; Platform = 'api' } }
        'custom-gallery-add-tags-data-null.json'               = @{ Command = { Add-ImgurCustomGalleryTag cats -Confirm:$false }; User = $true; Expect = @{ Count = 0 } }
        'credits.json'                                         = @{ Command = { Get-ImgurCredit }; Expect = @{ UserLimit = 500; ClientRemaining = 12500; UserReset = [DateTimeOffset]::FromUnixTimeSeconds(1464006639) } }
        'gallery-album-custom-gallery-item.json'               = @{ Command = { Get-ImgurCustomGallery -ItemId HxmcM }; User = $true; Expect = @{ Id = 'HxmcM'; IsAlbum = $true } }
        'topic-gallery-item-album.json'                        = @{ Command = { Get-ImgurTopicGallery 2 LPsqV }; Expect = @{ Id = 'LPsqV'; AccountUrl = 'Mexibel' } }
        'gallery-image-get-with-comment-preview.json'          = @{ Command = { Get-ImgurGalleryItem rNdMhHm -Image }; Expect = @{ Id = 'rNdMhHm'; AccountUrl = 'Calasin' } }
        'gallery-image-get-escaped-slashes.json'               = @{ Command = { Get-ImgurGalleryItem Hf6cs -Image }; Expect = @{ Id = 'Hf6cs'; Link = 'http://i.imgur.com/Hf6cs.jpg' } }
        'gallery-image-docs-example.xml'                       = @{ Command = { Get-ImgurGalleryItem OUHDm -Image -Format Xml }; Expect = @{ Id = 'OUHDm' } }
        'account-favorites-mixed.json'                         = @{ Command = { Get-ImgurAccountFavorite someone }; User = $true; Expect = @{ Count = 4; Id = 'LtM3kTM' } }
        'account-gallery-favorites.json'                       = @{ Command = { Get-ImgurAccountGalleryFavorite someone }; Expect = @{ Count = 2; Id = 'LqLmI' } }
        'topic-defaults.json'                                  = @{ Command = { Get-ImgurTopic }; Expect = @{ Count = 10; Id = 2; Name = 'Funny' } }
    }
    # Answers that no ImgurPS command asks for: the authorize page is opened in the user's browser.
    $notSent = @{
        'error-500-over-capacity-oauth-authorize.json'        = 'an answer to the browser on the authorize page'
        'error-403-oauth-authorize-unauthorized-pretty.json'  = 'an answer to the browser on the authorize page'
    }

    $coverage = @{
        Files    = @(Get-ChildItem $folder -File | Where-Object Name -NotIn 'index.json', 'README.md' | ForEach-Object Name | Sort-Object)
        Indexed  = @($index.file | Sort-Object)
        Unplayed = @($index.file | Where-Object { -not $replays.ContainsKey($_) -and -not $notSent.ContainsKey($_) })
    }

    $cases = foreach ($entry in $index | Where-Object { $replays.ContainsKey($_.file) }) {
        $replay = $replays[$entry.file]
        @{
            File        = $entry.file
            Path        = Join-Path $folder $entry.file
            Route       = $replay.SentTo ?? $entry.path
            Method      = $replay.Method ?? $entry.method
            Status      = $replay.ReplayStatus ?? $entry.status
            ContentType = $entry.contentType
            Command     = $replay.Command
            User        = [bool]$replay.User
            Expect      = $replay.Expect
            Fails       = $replay.Fails
            ErrorStatus = $replay.Status
            Sample      = $sample
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'ReplayServer.psm1') -Force
    $server = Start-ReplayServer
    $retry = Get-ImgurOption
    # A recorded 429 or 5xx is asked for once: the retry policy has tests of its own.
    Set-ImgurOption -MaxRetry 0

    function Connect-TokenExchange {
        $secret = ConvertTo-SecureString 'recorded-secret' -AsPlainText -Force
        $refresh = ConvertTo-SecureString 'recorded-refresh-token' -AsPlainText -Force
        Connect-Imgur -ClientId 'recorded-client' -ClientSecret $secret -RefreshToken $refresh -BaseUri $server.Uri
    }

    # The route with its placeholders as a pattern. Optional trailing segments (a page, a sort) and the extension
    # may follow, and /3/upload takes what /3/image takes (IM-02, IM-03).
    function ConvertTo-RoutePattern([string] $Route) {
        $route = $Route -replace '\.(json|xml)$', '' -replace '^/3/upload$', '/3/image'
        '^' + ([regex]::Escape($route) -replace '\\\{[^}]+\}', '[^/]+') + '(/[^/]+)*(\.(json|xml))?$'
    }

    function Get-SentPath([string] $Path) { $Path -replace '^/3/upload(?=\.|$)', '/3/image' }
}

AfterAll {
    Stop-ReplayServer $server
    Set-ImgurOption -MaxRetry $retry.MaxRetry
}

Describe 'Recorded Imgur answers' {
    It 'replays every recording in the index, or says why no command asks for it' -ForEach $coverage {
        $Files | Should -Be $Indexed
        $Unplayed | Should -BeNullOrEmpty
        $Indexed.Count | Should -BeGreaterOrEqual 50
    }

    It 'reads <File> as the cmdlet that sends <Route> would' -ForEach $cases {
        $sample = $Sample
        if ($File -notlike 'token-*' -and $File -notlike 'error-400-oauth-*') {
            if ($User) { $null = Connect-Imgur -AccessToken (ConvertTo-SecureString 'recorded-access-token' -AsPlainText -Force) -BaseUri $server.Uri }
            else { $null = Connect-Imgur -ClientId 'recorded-client' -BaseUri $server.Uri }
        }
        Set-ReplayAnswer $server -Body ([IO.File]::ReadAllBytes($Path)) -Status $Status -ContentType $ContentType -Path $Route

        # Errors are collected, not thrown: the command decides which are terminating, as it would for a user.
        $ErrorActionPreference = 'Continue'
        $output = try { @(& $Command 2>&1) } catch { @($_) }
        $failure = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $written = @($output | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })

        $sent = @(Get-ReplayRequest $server)
        $sent | Should -Not -BeNullOrEmpty -Because 'the command must send the recorded request'
        $sent[0].Method | Should -Be $Method
        (Get-SentPath $sent[0].Path) | Should -Match (ConvertTo-RoutePattern $Route)
        if ($Fails) {
            $failure | Should -Not -BeNullOrEmpty -Because "Imgur answered an error ($Fails)"
            $failure[0].Exception.Message | Should -BeLike "*$([WildcardPattern]::Escape($Fails))*"
            $failure[0].Exception.StatusCode | Should -Be $ErrorStatus
        }
        else {
            $failure | Should -BeNullOrEmpty
            if ($Expect.ContainsKey('Count')) { $written | Should -HaveCount $Expect.Count } else { $written | Should -Not -BeNullOrEmpty }
            foreach ($name in $Expect.Keys | Where-Object { $_ -notin 'Count', 'Value' }) {
                $written[0].$name | Should -Be $Expect[$name] -Because "$name of the first object written"
            }
            if ($Expect.ContainsKey('Value')) { $written[0] | Should -Be $Expect.Value }
        }
    }
}
