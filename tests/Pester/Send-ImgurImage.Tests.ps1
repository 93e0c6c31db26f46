BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $samples = Join-Path $PSScriptRoot '../../samples'

    function Get-Upload { Get-EmulatorRequest | Where-Object { $_.method -eq 'POST' -and $_.path -match '^/3/(image|upload)' } }
}

Describe 'Send-ImgurImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'uploads the files Get-ChildItem pipes to it' {
        $files = Get-ChildItem (Join-Path $samples '*.png')
        $images = $files | Send-ImgurImage

        $images | Should -HaveCount $files.Count
        $images | Should -BeOfType ImgurPS.Models.ImgurImage
        $images.SourcePath | Should -Be $files.FullName
        $images.Type | Should -Be ($files | ForEach-Object { 'image/png' })
        $images.DeleteHash | Should -Not -Contain $null
        $images.Size | Should -Be ($files | ForEach-Object Length)
        $images[0].AccountId | Should -Be 0
        Get-Upload | Should -HaveCount $files.Count
    }

    It 'uploads the good files of a batch and reports each bad one by name' {
        Copy-Item (Join-Path $samples 'sunrise.png'), (Join-Path $samples 'ocean.png') -Destination $TestDrive
        Set-Content -LiteralPath (Join-Path $TestDrive 'notes.txt') -Value 'not an image'
        $missing = Join-Path $TestDrive 'missing.png'
        $paths = (Join-Path $TestDrive 'sunrise.png'), $missing, (Join-Path $TestDrive 'notes.txt'), (Join-Path $TestDrive 'ocean.png')

        $images = $paths | Send-ImgurImage -ErrorAction SilentlyContinue -ErrorVariable failures

        $images.SourcePath | Should -Be @($paths[0], $paths[3])
        $failures | Should -HaveCount 2
        $notImage = $failures | Where-Object TargetObject -Like '*notes.txt'
        $notImage.CategoryInfo.Category | Should -Be 'InvalidData'
        $notImage.ToString() | Should -Match "notes\.txt' is not an image or video"
        $notFound = $failures | Where-Object TargetObject -Like '*missing.png'
        $notFound.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $notFound.ToString() | Should -Match 'missing\.png'
        Get-Upload | Should -HaveCount 2
    }

    It 'keeps going past a bad file that Get-ChildItem pipes to it' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'folder')
        Copy-Item (Join-Path $samples '*.png') -Destination $folder
        Set-Content -LiteralPath (Join-Path $folder 'b-notes.txt') -Value 'not an image'

        $images = Get-ChildItem $folder -File | Send-ImgurImage -ErrorAction SilentlyContinue -ErrorVariable failures

        $images | Should -HaveCount 3
        $failures.TargetObject | Should -BeLike '*b-notes.txt'
    }

    It 'expands wildcards in -Path and takes -LiteralPath as written' {
        $literal = Join-Path $TestDrive 'odd[1].png'
        [System.IO.File]::Copy((Join-Path $samples 'forest.png'), $literal)

        (Send-ImgurImage -Path (Join-Path $samples 's*.png')).SourcePath | Should -BeLike '*sunrise.png'
        (Send-ImgurImage -LiteralPath $literal).SourcePath | Should -Be $literal
    }

    It 'resolves a plain -Path against the PowerShell location, a drive and escapes, like a wildcard one' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'plain')
        Copy-Item (Join-Path $samples 'forest.png') -Destination $folder
        [System.IO.File]::Copy((Join-Path $samples 'ocean.png'), (Join-Path $folder 'odd[2].png'))
        $null = New-PSDrive -Name ImgurPlain -PSProvider FileSystem -Root $folder
        Push-Location $folder
        try {
            # The process's own directory is elsewhere: a plain path must not be read from there.
            [System.IO.Directory]::GetCurrentDirectory() | Should -Not -Be $folder.FullName
            (Send-ImgurImage -Path forest.png).SourcePath | Should -Be (Join-Path $folder 'forest.png')
            (Send-ImgurImage -Path ImgurPlain:/forest.png).SourcePath | Should -Be (Join-Path $folder 'forest.png')
            (Send-ImgurImage -Path 'odd`[2`].png').SourcePath | Should -Be (Join-Path $folder 'odd[2].png')
        }
        finally {
            Pop-Location
            Remove-PSDrive ImgurPlain
        }
    }

    It 'sends nothing with -WhatIf' {
        Get-ChildItem (Join-Path $samples '*.png') | Send-ImgurImage -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses an image over the size limit before sending it' {
        $big = Join-Path $TestDrive 'huge.png'
        $bytes = [byte[]]::new(11MB)
        [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A) | ForEach-Object -Begin { $i = 0 } -Process { $bytes[$i++] = $_ }
        [System.IO.File]::WriteAllBytes($big, $bytes)

        Send-ImgurImage -Path $big -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty

        $failure[0].ToString() | Should -Match 'huge\.png.*up to 10 MB'
        Get-Upload | Should -BeNullOrEmpty
    }

    It 'sends videos to /3/upload' {
        $video = Join-Path $TestDrive 'clip.mp4'
        [System.IO.File]::WriteAllBytes($video, [byte[]](0, 0, 0, 24) + [System.Text.Encoding]::ASCII.GetBytes('ftypisom') + [byte[]]::new(2048))

        $image = Send-ImgurImage -Path $video

        $image.Type | Should -Be 'video/mp4'
        (Get-Upload).path | Should -Be '/3/upload.json'
    }

    It 'passes title, description and album and keeps the source' {
        $path = (Get-Item (Join-Path $samples 'ocean.png')).FullName
        $album = New-ImgurAlbum -Title 'Sea'
        Clear-EmulatorRequest

        $image = Send-ImgurImage -Path $path -Title 'Ocean' -Description 'Blue' -Name 'sea.png' -AlbumId $album.DeleteHash

        $image.SourcePath | Should -Be $path
        $image.Title | Should -Be 'Ocean'
        $image.Description | Should -Be 'Blue'
        $image.Name | Should -Be 'sea.png'
        (Get-Upload).path | Should -Be '/3/image.json'
        # The emulator stored this file's bytes, and put the image in the album it was given.
        (Get-EmulatorUpload).sha256 | Should -Be (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash.ToLowerInvariant()
        (Get-ImgurAlbumImage -AlbumId $album.AlbumId).Id | Should -Be $image.Id
    }

    It 'takes title, description, name and album from each piped record, as Import-Csv gives them' {
        $album = New-ImgurAlbum -Title 'Sea'
        $csv = Join-Path $TestDrive 'uploads.csv'
        @(
            [pscustomobject]@{ Path = Join-Path $samples 'ocean.png'; Title = 'Ocean'; Description = 'Blue'; Name = 'sea.png'; AlbumId = $album.DeleteHash }
            [pscustomobject]@{ Path = Join-Path $samples 'sunrise.png'; Title = 'Sunrise'; Description = 'Red'; Name = ''; AlbumId = '' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation

        $images = Import-Csv -LiteralPath $csv | Send-ImgurImage -ThrottleLimit 2

        $images.Title | Should -Be 'Ocean', 'Sunrise'
        $images.Description | Should -Be 'Blue', 'Red'
        # An empty cell means "not given": the local file name, no album.
        $images.Name | Should -Be 'sea.png', 'sunrise.png'
        (Get-ImgurAlbumImage -AlbumId $album.AlbumId).Id | Should -Be $images[0].Id
    }

    It 'asks Imgur to fetch a URL' {
        $image = Send-ImgurImage -Url 'https://example.com/cat.png'

        $image.SourcePath | Should -Be 'https://example.com/cat.png'
        $image.Type | Should -Be 'image/png'
    }

    It 'gives the same image in the XML form' {
        $json = Send-ImgurImage -Path (Join-Path $samples 'forest.png')
        $xml = Send-ImgurImage -Path (Join-Path $samples 'forest.png') -Format Xml
        $unique = 'Id', 'ImageId', 'DeleteHash', 'Link', 'Datetime', 'RateLimit'

        ($xml | Select-Object * -ExcludeProperty $unique | ConvertTo-Json) | Should -Be ($json | Select-Object * -ExcludeProperty $unique | ConvertTo-Json)
        (Get-Upload | Select-Object -Last 1).path | Should -Be '/3/image.xml'
    }

    It 'reads an XML upload answer shaped as the real service sends it: type="array" on a root that holds the image' {
        # What the emulator sends is checked first, so the test cannot pass on a tidier shape than Imgur's (spec Q33).
        $raw = Invoke-WebRequest -Method Post -Uri "$(Get-EmulatorUri)3/image.xml" -Headers @{ Authorization = "Client-ID $((Get-EmulatorCredential).clientId)" } -Form @{ image = Get-Item (Join-Path $samples 'forest.png') }
        $root = ([xml]$raw.Content).DocumentElement
        $root.GetAttribute('type') | Should -Be 'array'
        $root.SelectSingleNode('deletehash') | Should -Not -BeNullOrEmpty

        $image = Send-ImgurImage -Path (Join-Path $samples 'forest.png') -Format Xml

        $image.DeleteHash | Should -Not -BeNullOrEmpty
        $image.Type | Should -Be 'image/png'
    }

    It 'carries rate limits that show each upload costing 10 credits and one POST' {
        # Uploads may reach Imgur in any order; whichever came second shows 10 credits and one POST fewer.
        $first, $second = Get-ChildItem (Join-Path $samples '*.png') | Select-Object -First 2 | Send-ImgurImage

        [Math]::Abs($second.RateLimit.ClientRemaining - $first.RateLimit.ClientRemaining) | Should -Be 10
        [Math]::Abs($second.RateLimit.PostRemaining - $first.RateLimit.PostRemaining) | Should -Be 1
    }

    It 'reports Imgur''s 429 for the file it refused and keeps going with the next file' {
        # Credits are plentiful, so ImgurPS's own credit guard keeps nothing back: the 429 comes from the server,
        # with a Retry-After longer than ImgurPS waits, so it is reported rather than retried.
        (Get-ImgurCredit).ClientRemaining | Should -BeGreaterThan 1000
        Clear-EmulatorRequest
        Add-EmulatorFault -Path '^/3/image$' -Method POST -Kind status -Status 429 -Message 'Too many uploads' -RetryAfter 3600
        $files = Get-ChildItem (Join-Path $samples '*.png')

        $images = $files | Send-ImgurImage -ErrorAction SilentlyContinue -ErrorVariable failures

        $images | Should -HaveCount ($files.Count - 1)
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurRateLimited,*'
        $failures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        @($images.SourcePath) + $failures[0].TargetObject | Sort-Object | Should -Be ($files.FullName | Sort-Object)
        (Get-Upload).status | Sort-Object | Should -Be (@(200) * ($files.Count - 1) + 429)
    }

    It 'uploads into the signed-in account' {
        $connection = Connect-TestImgur -AsUser
        $image = Send-ImgurImage -Path (Join-Path $samples 'sunrise.png')
        $image.AccountUrl | Should -Be $connection.Account
    }
}

Describe 'Send-ImgurImage -InputObject: images held in memory' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        $bytes = [System.IO.File]::ReadAllBytes((Join-Path $samples 'sunrise.png'))
        $hash = (Get-FileHash -LiteralPath (Join-Path $samples 'sunrise.png') -Algorithm SHA256).Hash.ToLowerInvariant()
    }

    It 'uploads a byte array piped whole or passed by parameter, and a stream, with no file' {
        $piped = , $bytes | Send-ImgurImage -Name 'made.png'
        $passed = Send-ImgurImage -InputObject $bytes
        $stream = [System.IO.MemoryStream]::new($bytes)
        $streamed = $stream | Send-ImgurImage -Name 'streamed.png'

        $piped.Name | Should -Be 'made.png'
        $passed.Name | Should -Be 'image'
        $streamed.Name | Should -Be 'streamed.png'
        @($piped, $passed, $streamed) | Where-Object SourcePath | Should -BeNullOrEmpty -Because 'no file was read'
        (Get-EmulatorUpload).sha256 | Should -Be @($hash, $hash, $hash)
    }

    It 'refuses a byte array unrolled by the pipeline once, with the pattern that works, and sends nothing' {
        $thrown = $null
        try { $bytes | Send-ImgurImage } catch { $thrown = $_ }

        $thrown.FullyQualifiedErrorId | Should -Be 'ImgurContentUnrolled,ImgurPS.Commands.Image.SendImgurImageCommand'
        $thrown.ToString() | Should -BeLike '*,$bytes | Send-ImgurImage*'
        Get-Upload | Should -BeNullOrEmpty
    }

    It 'refuses content that is no image, naming it, without sending it and without a journal entry' {
        $journal = Join-Path $TestDrive 'memory.jsonl'
        $null = Send-ImgurImage -InputObject ([byte[]](1, 2, 3)) -Name 'junk.bin' -Journal $journal -ErrorAction SilentlyContinue -ErrorVariable failure
        $image = Send-ImgurImage -InputObject $bytes -Name 'good.png' -Journal $journal

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurFileNotMedia,*'
        $failure[0].ToString() | Should -Match "'junk\.bin' is not an image"
        $image.Name | Should -Be 'good.png'
        Get-Content -LiteralPath $journal -ErrorAction Ignore | Where-Object { $_ -like '{*}' } | Should -BeNullOrEmpty -Because 'content in memory has no path to journal'
    }
}

Describe 'Send-ImgurImage errors name their file' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
        Set-ImgurOption -MaxRetry 0
    }

    AfterEach { Set-ImgurOption -MaxRetry 3 }

    It 'names the file in the message of a server error and of a network error, not only in TargetObject' {
        $files = @(New-TestImage -Folder $folder -Count 2)
        Add-EmulatorFault -Path '^/3/image$' -Kind status -Status 500 -Message 'Injected outage' -Times 1
        $null = $files | Send-ImgurImage -ThrottleLimit 1 -ErrorAction SilentlyContinue -ErrorVariable serverFailure
        Add-EmulatorFault -Path '^/3/image$' -Kind reset -Times 1
        $null = $files[1] | Send-ImgurImage -ErrorAction SilentlyContinue -ErrorVariable networkFailure

        $serverFailure | Should -HaveCount 1
        $serverFailure[0].ToString() | Should -BeLike "Uploading '$($files[0])' failed: *Injected outage*"
        $networkFailure | Should -HaveCount 1
        $networkFailure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurConnectionFailed,*'
        $networkFailure[0].ToString() | Should -BeLike "Uploading '$($files[1])' failed: *"
    }

    It 'gives empty files, files that are no image and files over the limit their own ErrorId: <Case>' -ForEach @(
        @{ Case = 'empty'; Id = 'ImgurFileEmpty'; Make = { param($p) [System.IO.File]::WriteAllBytes($p, [byte[]]@()) } }
        @{ Case = 'not an image'; Id = 'ImgurFileNotMedia'; Make = { param($p) Set-Content -LiteralPath $p -Value 'text' } }
        @{ Case = 'over the limit'; Id = 'ImgurFileTooLarge'; Make = {
                param($p)
                $stream = [System.IO.File]::Create($p)
                $stream.Write([byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), 0, 8)
                $stream.SetLength(11MB)
                $stream.Dispose()
            }
        }
    ) {
        $null = New-Item -ItemType Directory -Path $folder -Force
        $path = Join-Path $folder 'file.png'
        & $Make $path

        $null = Send-ImgurImage -Path $path -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -Be "$Id,ImgurPS.Commands.Image.SendImgurImageCommand"
        $failure[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $failure[0].ToString() | Should -BeLike "*'file.png'*"
    }
}
